package corpus.ll401;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

public class DrainQueueHandler implements RequestHandler<String, Integer> {
    private static final SqsClient SQS = SqsClient.create();

    public Integer handleRequest(String queueUrl, Context context) {
        int handled = 0;
        while (true) { // expect: LL401
            java.util.List<Message> batch = SQS.receiveMessage(b -> b.queueUrl(queueUrl)).messages();
            if (batch.isEmpty()) {
                return handled;
            }
            handled += batch.size();
        }
    }
}
