package corpus.ll104;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.concurrent.CompletableFuture;

public class AuditHandler implements RequestHandler<String, String> {
    public String handleRequest(String order, Context context) {
        CompletableFuture.runAsync(() -> audit(order)); // expect: LL104
        return "accepted";
    }

    private static void audit(String order) {
        System.out.println(order);
    }
}
