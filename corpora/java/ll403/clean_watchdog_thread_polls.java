package corpus.ll403;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

// A watchdog beside the work: its sleep is the watchdog's, the handler computes meanwhile.
public class GuardedHandler implements RequestHandler<String, Integer> {
    public Integer handleRequest(String text, Context context) {
        Thread guard = new Thread(() -> { // expect: LL101
            try {
                while (context.getRemainingTimeInMillis() > 3000) {
                    Thread.sleep(250);
                }
                System.err.println("near the deadline");
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
        });
        guard.start();
        try {
            return text.split("\\s+").length;
        } finally {
            guard.interrupt();
        }
    }
}
