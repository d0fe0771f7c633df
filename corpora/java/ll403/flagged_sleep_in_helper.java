package corpus.ll403;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class DelayedHandler implements RequestHandler<String, String> {
    public String handleRequest(String job, Context context) {
        pause();
        return job;
    }

    private static void pause() {
        try {
            Thread.sleep(2000); // expect: LL403
        } catch (InterruptedException ignored) {
        }
    }
}
