package corpus.ll403;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

// The helper is called on an object built in the call itself: `new Poller().waitForJob(job)`.
public class PollingHandler implements RequestHandler<String, String> {
    public String handleRequest(String job, Context context) {
        return new Poller().waitForJob(job);
    }
}

class Poller {
    String waitForJob(String job) {
        try {
            Thread.sleep(5000); // expect: LL403
        } catch (InterruptedException ignored) {
        }
        return job;
    }
}
