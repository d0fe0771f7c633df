package corpus.ll101;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class StaticPoolHandler implements RequestHandler<List<String>, String> {
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    public String handleRequest(List<String> keys, Context context) {
        CompletableFuture<?>[] all = keys.stream().map(k -> CompletableFuture.runAsync(() -> work(k), POOL))
            .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(all).join();
        return "ok";
    }

    private static void work(String k) {
        System.out.println(k);
    }
}
