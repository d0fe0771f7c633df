package corpus.refunds;

import com.acme.lambda.web.JsonApiHandler;
import com.acme.lambda.web.RequestContext;
import com.amazonaws.services.lambda.runtime.Context;
import software.amazon.awssdk.services.sns.SnsClient;

// The inherited handleRequest calls processInput per request; the client it uses is built once.
public class IssueRefundHandler extends JsonApiHandler<String, String> {
    private static final SnsClient SNS = SnsClient.create();

    public IssueRefundHandler() {
        super(String.class);
    }

    // A no-argument override: a factory the library's constructor calls once.
    @Override
    protected SnsClient notifier() {
        return SnsClient.builder().build();
    }

    @Override
    protected String processInput(String body, RequestContext request, Context context) {
        SNS.publish(b -> b.topicArn(System.getenv("REFUNDS")).message(body));
        return "queued";
    }

    @Override
    public String toString() {
        return "IssueRefundHandler" + SnsClient.create();
    }
}
