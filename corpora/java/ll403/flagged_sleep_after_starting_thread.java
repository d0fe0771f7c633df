package corpus.ll403;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

// The handler starts a logger thread, then waits itself: the handler's own sleep is billed.
public class SettleHandler implements RequestHandler<String, String> {
    public String handleRequest(String id, Context context) {
        Thread logger = new Thread(() -> System.out.println("settling " + id)); // expect: LL101
        logger.start();
        try {
            Thread.sleep(2000); // expect: LL403
            logger.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return id;
    }
}
