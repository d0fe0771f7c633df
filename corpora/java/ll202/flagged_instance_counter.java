package corpus.ll202;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class QuotaHandler implements RequestHandler<String, String> {
    private int used;

    public String handleRequest(String input, Context context) {
        this.used += input.length(); // expect: LL202
        if (this.used > 10_000) {
            return "over quota";
        }
        return "ok";
    }
}
