package corpus.pricing;

import com.amazonaws.services.lambda.invoke.LambdaFunction;

// SDK v1 LambdaInvokerFactory: each call of the proxy invokes "compute-tax".
public interface TaxService {
    @LambdaFunction(functionName = "compute-tax") // expect: LL507
    TaxResult computeTax(TaxQuery query);
}
