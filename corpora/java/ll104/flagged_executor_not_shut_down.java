package corpus.ll104;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class MetricsHandler implements RequestHandler<String, String> {
    public String handleRequest(String input, Context context) {
        ExecutorService ex = Executors.newSingleThreadExecutor(); // expect: LL101, LL104
        ex.submit(() -> System.out.println("metric " + input));
        return "ok";
    }
}
