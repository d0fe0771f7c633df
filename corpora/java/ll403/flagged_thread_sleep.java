package corpus.ll403;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class WaitHandler implements RequestHandler<String, String> {
    public String handleRequest(String job, Context context) {
        try {
            Thread.sleep(30_000); // expect: LL403
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return job;
    }
}
