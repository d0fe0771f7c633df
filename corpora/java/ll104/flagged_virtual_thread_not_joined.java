package corpus.ll104;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

// A virtual thread is still background work: the environment freezes once the handler returns.
public class AuditTrailHandler implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String orderId, Context context) {
        Thread.startVirtualThread(() -> System.out.println("audit " + orderId)); // expect: LL104
        return "ok";
    }
}
