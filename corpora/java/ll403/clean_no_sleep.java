package corpus.ll403;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class EchoHandler implements RequestHandler<String, String> {
    public String handleRequest(String job, Context context) {
        return job.toUpperCase();
    }
}
