package corpus.ll507;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;

public class FanOutHandler implements RequestHandler<String, String> {
    private static final LambdaClient LAMBDA = LambdaClient.create();

    public String handleRequest(String body, Context context) {
        InvokeRequest req = InvokeRequest.builder().functionName("resize").payload(SdkBytes.fromUtf8String(body)).build(); // expect: LL507
        return LAMBDA.invoke(req).payload().asUtf8String();
    }
}
