package corpus.payments;

import com.acme.lambda.web.JsonApiHandler;
import com.acme.lambda.web.RequestContext;
import com.amazonaws.services.lambda.runtime.Context;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

// The library's JsonApiHandler implements handleRequest and calls processInput on every request.
public class CapturePaymentHandler extends JsonApiHandler<String, String> {
    public CapturePaymentHandler() {
        super(String.class);
    }

    @Override
    protected String processInput(String body, RequestContext request, Context context) {
        SqsClient sqs = SqsClient.builder().build(); // expect: LL302
        sqs.sendMessage(SendMessageRequest.builder().queueUrl(System.getenv("CAPTURES")).messageBody(body).build());
        return "accepted";
    }

    @Override
    protected int successCode(String body, String result) {
        return 202;
    }
}
