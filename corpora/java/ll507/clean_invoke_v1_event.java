package corpus.ll507;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.AWSLambda;
import com.amazonaws.services.lambda.AWSLambdaClientBuilder;
import com.amazonaws.services.lambda.model.InvocationType;
import com.amazonaws.services.lambda.model.InvokeRequest;

public class LegacyAsyncHandler implements RequestHandler<String, Integer> {
    private static final AWSLambda LAMBDA = AWSLambdaClientBuilder.defaultClient();

    public Integer handleRequest(String body, Context context) {
        InvokeRequest req = new InvokeRequest().withFunctionName("worker").withInvocationType(InvocationType.Event)
            .withPayload(body);
        return LAMBDA.invoke(req).getStatusCode();
    }
}
