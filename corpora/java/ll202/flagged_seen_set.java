package corpus.ll202;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.HashSet;
import java.util.Set;

public class DedupHandler implements RequestHandler<String, String> {
    private static final Set<String> seen = new HashSet<>();

    public String handleRequest(String id, Context context) {
        if (seen.contains(id)) {
            return "duplicate";
        }
        seen.add(id); // expect: LL202
        return "processed";
    }
}
