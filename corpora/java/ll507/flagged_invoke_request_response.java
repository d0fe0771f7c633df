package corpus.ll507;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;

public class ChainHandler implements RequestHandler<String, String> {
    private static final LambdaClient LAMBDA = LambdaClient.create();

    public String handleRequest(String body, Context context) {
        return LAMBDA.invoke(InvokeRequest.builder() // expect: LL507
            .functionName("next-step")
            .invocationType(InvocationType.REQUEST_RESPONSE)
            .payload(SdkBytes.fromUtf8String(body))
            .build()).payload().asUtf8String();
    }
}
