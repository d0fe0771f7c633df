package corpus.ll302;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

public class ConstructorClientHandler implements RequestHandler<String, String> {
    private final SqsClient sqs;

    public ConstructorClientHandler() {
        this.sqs = SqsClient.create();
    }

    public String handleRequest(String body, Context context) {
        return sqs.sendMessage(SendMessageRequest.builder().queueUrl(System.getenv("QUEUE")).messageBody(body).build())
            .messageId();
    }
}
