package corpus.ll302;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.sns.AmazonSNS;
import com.amazonaws.services.sns.AmazonSNSClientBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

// A builder held in a local, configured, then built: a client per invocation all the same.
public class BuilderVariableHandler implements RequestHandler<String, String> {
    public String handleRequest(String message, Context context) {
        AmazonSNSClientBuilder builder = AmazonSNSClientBuilder.standard();
        builder.setRegion("eu-west-1");
        AmazonSNS sns = builder.build(); // expect: LL302
        sns.publish("arn:aws:sns:eu-west-1:1:t", message);
        return queue().sendMessage(b -> b.queueUrl("q").messageBody(message)).messageId();
    }

    private SqsClient queue() {
        SqsClientBuilder b = SqsClient.builder();
        b.region(Region.EU_WEST_1);
        return b.build(); // expect: LL302
    }
}
