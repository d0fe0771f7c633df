package corpus.ll403;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.concurrent.TimeUnit;

public class BackoffHandler implements RequestHandler<String, String> {
    public String handleRequest(String job, Context context) {
        try {
            TimeUnit.SECONDS.sleep(5); // expect: LL403
        } catch (InterruptedException e) {
            return "interrupted";
        }
        return job;
    }
}
