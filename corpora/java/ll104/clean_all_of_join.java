package corpus.ll104;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.concurrent.CompletableFuture;

public class AllOfHandler implements RequestHandler<String, String> {
    public String handleRequest(String user, Context context) {
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> System.out.println("a" + user));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> System.out.println("b" + user));
        CompletableFuture.allOf(a, b).join();
        return "ok";
    }
}
