package corpus.ll302;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.sns.SnsClient;

public class LazyClientHandler implements RequestHandler<String, String> {
    private static SnsClient sns;

    private static SnsClient client() {
        if (sns == null) {
            sns = SnsClient.create();
        }
        return sns;
    }

    public String handleRequest(String message, Context context) {
        return client().publish(b -> b.topicArn(System.getenv("TOPIC")).message(message)).messageId();
    }
}
