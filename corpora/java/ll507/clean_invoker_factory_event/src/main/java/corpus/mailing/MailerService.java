package corpus.mailing;

import com.amazonaws.services.lambda.invoke.LambdaFunction;
import com.amazonaws.services.lambda.model.InvocationType;

// Fire and forget: the proxy sends an Event invoke and returns at once.
public interface MailerService {
    @LambdaFunction(functionName = "send-receipt", invocationType = InvocationType.Event)
    void sendReceipt(String orderId);
}
