package corpus.ll401;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SqsException;

// `while (true)` that gives up after a counted number of attempts: bounded like a counted for loop.
public class CountedWhileRetryHandler implements RequestHandler<String, String> {
    private static final SqsClient SQS = SqsClient.create();
    private static final int MAX_ATTEMPTS = 3;

    public String handleRequest(String body, Context context) {
        int attempt = 0;
        while (true) {
            attempt++;
            try {
                return SQS.sendMessage(b -> b.queueUrl("q").messageBody(body)).messageId();
            } catch (SqsException e) {
                if (attempt >= MAX_ATTEMPTS) throw e;
            }
        }
    }
}
