package corpus.ll401;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

// Drains a queue until it is empty: how long depends on the queue, not on the input.
public class DrainQueueHandler implements RequestHandler<Map<String, String>, Integer> {
    private static final SqsClient SQS = SqsClient.create();

    @Override
    public Integer handleRequest(Map<String, String> event, Context context) {
        String queue = event.get("queueUrl");
        int moved = 0;
        while (true) { // expect: LL401
            List<Message> batch = nextBatch(queue);
            if (batch.isEmpty()) break;
            moved += batch.size();
        }
        return moved;
    }

    private static List<Message> nextBatch(String queue) {
        return SQS.receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(10)).messages();
    }
}
