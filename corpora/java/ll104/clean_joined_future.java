package corpus.ll104;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.concurrent.CompletableFuture;

public class JoinedHandler implements RequestHandler<String, String> {
    public String handleRequest(String user, Context context) {
        CompletableFuture<String> sent = CompletableFuture.supplyAsync(() -> user.trim());
        return sent.join();
    }
}
