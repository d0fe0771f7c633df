package corpus.ll202;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class ColdStartHandler implements RequestHandler<String, String> {
    private static boolean coldStart = true;

    public String handleRequest(String input, Context context) {
        if (coldStart) {
            context.getLogger().log("cold start");
            coldStart = false;
        }
        return input;
    }
}
