package corpus.ll101;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class ConstructorPoolHandler implements RequestHandler<String, String> {
    private final ExecutorService pool;

    public ConstructorPoolHandler() {
        pool = Executors.newSingleThreadExecutor();
    }

    public String handleRequest(String input, Context context) {
        try {
            return pool.submit(() -> input.toUpperCase()).get();
        } catch (Exception e) {
            return input;
        }
    }
}
