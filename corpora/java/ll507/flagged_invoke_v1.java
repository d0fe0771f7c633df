package corpus.ll507;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.AWSLambda;
import com.amazonaws.services.lambda.AWSLambdaClientBuilder;
import com.amazonaws.services.lambda.model.InvokeRequest;

public class LegacyInvokeHandler implements RequestHandler<String, String> {
    private static final AWSLambda LAMBDA = AWSLambdaClientBuilder.defaultClient();

    public String handleRequest(String body, Context context) {
        InvokeRequest req = new InvokeRequest().withFunctionName("worker").withPayload(body); // expect: LL507
        return new String(LAMBDA.invoke(req).getPayload().array());
    }
}
