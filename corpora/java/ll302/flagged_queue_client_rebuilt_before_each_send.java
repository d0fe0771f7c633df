package corpus.ll302;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

// "Fresh client to be safe": rebuilt inside the try on every call, not only after a failure.
public class ResendHandler implements RequestHandler<String, String> {
    private SqsClient queue;

    public String handleRequest(String body, Context context) {
        SendMessageRequest request = SendMessageRequest.builder().queueUrl(System.getenv("QUEUE")).messageBody(body).build();
        try {
            queue = SqsClient.builder().build(); // expect: LL302
            queue.sendMessage(request);
        } catch (IllegalStateException closed) {
            return "failed";
        }
        return "sent";
    }
}
