package corpus.ll201;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.HashMap;
import java.util.Map;

public class SessionHandler implements RequestHandler<Map<String, String>, String> {
    private final Map<String, String> sessions = new HashMap<>();

    public String handleRequest(Map<String, String> event, Context context) {
        this.sessions.put(event.get("session"), event.get("user")); // expect: LL201
        return "stored";
    }
}
