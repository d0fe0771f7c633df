package corpus.ll202;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public class BatchDedupHandler implements RequestHandler<List<String>, Integer> {
    public Integer handleRequest(List<String> ids, Context context) {
        Set<String> seen = new HashSet<>();
        int unique = 0;
        for (String id : ids) {
            if (!seen.contains(id)) {
                seen.add(id);
                unique++;
            }
        }
        return unique;
    }
}
