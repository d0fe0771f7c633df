package corpus.ll401;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.sns.SnsClient;

public class RetryHandler implements RequestHandler<String, String> {
    private static final SnsClient SNS = SnsClient.create();

    public String handleRequest(String message, Context context) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return SNS.publish(b -> b.topicArn(System.getenv("TOPIC")).message(message)).messageId();
            } catch (RuntimeException e) {
                context.getLogger().log("retry " + attempt);
            }
        }
        return null;
    }
}
