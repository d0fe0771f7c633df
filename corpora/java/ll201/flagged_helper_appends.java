package corpus.ll201;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedList;
import java.util.List;

public class AuditTrailHandler implements RequestHandler<String, String> {
    private static final List<String> trail = new LinkedList<>();

    public String handleRequest(String event, Context context) {
        record(event);
        return "ok";
    }

    private void record(String event) {
        trail.add(System.currentTimeMillis() + " " + event); // expect: LL201
    }
}
