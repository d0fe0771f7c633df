package corpus.ll104;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import java.util.concurrent.CompletableFuture;

// forEach drops the futures its lambda returns: nothing waits for the sends.
public class FanOutHandler implements RequestHandler<List<String>, String> {
    @Override
    public String handleRequest(List<String> ids, Context context) {
        ids.forEach(id -> CompletableFuture.runAsync(() -> System.out.println("notify " + id))); // expect: LL104
        return "sent";
    }
}
