package corpus.ll202;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class RateLimitHandler implements RequestHandler<String, String> {
    private static int calls = 0;

    public String handleRequest(String input, Context context) {
        calls++; // expect: LL202
        if (calls > 100) {
            return "throttled";
        }
        return input;
    }
}
