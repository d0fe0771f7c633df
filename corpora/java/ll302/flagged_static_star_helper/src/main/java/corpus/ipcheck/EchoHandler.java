package corpus.ipcheck;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

import static corpus.ipcheck.Net.*;

// The helper is reached through an on-demand static import.
public class EchoHandler implements RequestHandler<String, String> {
    public String handleRequest(String who, Context context) {
        return who + " from " + callerAddress();
    }
}
