package corpus.ll302;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.sns.AmazonSNS;
import com.amazonaws.services.sns.AmazonSNSClientBuilder;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;

// The client's builder is built once, in a static initialiser; the request builder kept in a local
// per invocation builds a request, not a client.
public class BuilderAtInitHandler implements RequestHandler<String, String> {
    private static final AmazonSNS SNS;
    private static final LambdaClient LAMBDA = LambdaClient.create();

    static {
        AmazonSNSClientBuilder builder = AmazonSNSClientBuilder.standard();
        builder.setRegion("eu-west-1");
        SNS = builder.build();
    }

    public String handleRequest(String message, Context context) {
        SNS.publish("arn:aws:sns:eu-west-1:1:t", message);
        InvokeRequest.Builder request = InvokeRequest.builder();
        request.functionName("audit");
        request.invocationType(InvocationType.EVENT);
        request.payload(SdkBytes.fromUtf8String(message));
        return LAMBDA.invoke(request.build()).toString();
    }
}
