package corpus.ll302;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

// The client is built once; it is rebuilt only when a send finds it closed (a recovery path).
public class ForwardHandler implements RequestHandler<String, String> {
    private SqsClient queue = SqsClient.create();

    public String handleRequest(String body, Context context) {
        forward(body);
        return "sent";
    }

    private void forward(String body) {
        SendMessageRequest request = SendMessageRequest.builder().queueUrl(System.getenv("QUEUE")).messageBody(body).build();
        try {
            queue.sendMessage(request);
        } catch (IllegalStateException closed) {
            queue = SqsClient.builder().build();
            queue.sendMessage(request);
        }
    }
}
