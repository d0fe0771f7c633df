package corpus.ll101;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

// Virtual threads are not OS threads: one per task is what JEP 444 recommends (I/O-bound work).
public class HeadObjectsHandler implements RequestHandler<List<String>, Integer> {
    @Override
    public Integer handleRequest(List<String> urls, Context context) {
        try (ExecutorService tasks = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> sizes = urls.stream().map(u -> tasks.submit(() -> u.length())).toList();
            int total = 0;
            for (Future<Integer> s : sizes) total += s.get();
            return total;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
