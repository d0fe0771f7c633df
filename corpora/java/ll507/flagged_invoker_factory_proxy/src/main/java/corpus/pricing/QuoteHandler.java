package corpus.pricing;

import com.amazonaws.services.lambda.AWSLambdaClientBuilder;
import com.amazonaws.services.lambda.invoke.LambdaInvokerFactory;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class QuoteHandler implements RequestHandler<TaxQuery, Double> {
    private static final com.amazonaws.services.lambda.AWSLambda LAMBDA = AWSLambdaClientBuilder.defaultClient();

    @Override
    public Double handleRequest(TaxQuery query, Context context) {
        TaxService taxes = LambdaInvokerFactory.builder().lambdaClient(LAMBDA).build(TaxService.class);
        return query.net() + taxes.computeTax(query).amount();
    }
}
