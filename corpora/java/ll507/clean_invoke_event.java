package corpus.ll507;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;

public class AsyncFanOutHandler implements RequestHandler<String, Integer> {
    private static final LambdaClient LAMBDA = LambdaClient.create();

    public Integer handleRequest(String body, Context context) {
        return LAMBDA.invoke(InvokeRequest.builder().functionName("resize").invocationType(InvocationType.EVENT)
            .payload(SdkBytes.fromUtf8String(body)).build()).statusCode();
    }
}
