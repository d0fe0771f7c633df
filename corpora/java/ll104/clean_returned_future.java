package corpus.ll104;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.concurrent.CompletableFuture;

public class ReturnedFutureHandler implements RequestHandler<String, String> {
    public String handleRequest(String user, Context context) {
        return lookup(user).join();
    }

    private CompletableFuture<String> lookup(String user) {
        CompletableFuture<String> f = CompletableFuture.supplyAsync(() -> user + "!");
        return f;
    }
}
