package corpus.ll202;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class InvocationCountHandler implements RequestHandler<String, String> {
    private static int invocations = 0;

    public String handleRequest(String input, Context context) {
        invocations++;
        context.getLogger().log("invocation " + invocations);
        return input;
    }
}
