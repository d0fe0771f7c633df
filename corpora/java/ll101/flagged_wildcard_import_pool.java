package corpus.ll101;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.concurrent.*;

public class WildcardPoolHandler implements RequestHandler<Integer, Integer> {
    public Integer handleRequest(Integer n, Context context) {
        ExecutorService pool = Executors.newCachedThreadPool(); // expect: LL101
        try {
            return pool.submit(() -> n * 2).get();
        } catch (Exception e) {
            return -1;
        } finally {
            pool.shutdownNow();
        }
    }
}
