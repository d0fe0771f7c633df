package corpus.ll201;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.List;

public class LocalListHandler implements RequestHandler<List<String>, Integer> {
    public Integer handleRequest(List<String> ids, Context context) {
        List<String> processed = new ArrayList<>();
        for (String id : ids) processed.add(id.trim());
        return processed.size();
    }
}
