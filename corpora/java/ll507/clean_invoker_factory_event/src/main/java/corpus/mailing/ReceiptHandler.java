package corpus.mailing;

import com.amazonaws.services.lambda.AWSLambdaClientBuilder;
import com.amazonaws.services.lambda.invoke.LambdaInvokerFactory;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class ReceiptHandler implements RequestHandler<String, String> {
    private static final com.amazonaws.services.lambda.AWSLambda LAMBDA = AWSLambdaClientBuilder.defaultClient();

    @Override
    public String handleRequest(String orderId, Context context) {
        MailerService mailer = LambdaInvokerFactory.builder().lambdaClient(LAMBDA).build(MailerService.class);
        mailer.sendReceipt(orderId);
        return orderId;
    }
}
