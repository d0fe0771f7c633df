package corpus.ll101;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

public class ResizeHandler implements RequestHandler<List<String>, String> {
    public String handleRequest(List<String> keys, Context context) {
        ExecutorService pool = Executors.newFixedThreadPool(8); // expect: LL101
        for (String k : keys) {
            pool.submit(() -> resize(k));
        }
        pool.shutdown();
        try {
            pool.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "ok";
    }

    private void resize(String key) {
        System.out.println(key);
    }
}
