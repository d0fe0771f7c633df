package corpus.notify;

import com.amazonaws.services.lambda.runtime.Context;
import software.amazon.awssdk.services.sns.SnsClient;

// The subclass's hook runs per invocation; its client is a static field, built once.
public class SmsNotificationJob extends NotificationJobBase {
    private static final SnsClient SNS = SnsClient.create();

    @Override
    protected String send(String payload, Context context) {
        return SNS.publish(b -> b.phoneNumber(System.getenv("ON_CALL")).message(payload)).messageId();
    }
}
