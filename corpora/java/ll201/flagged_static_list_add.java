package corpus.ll201;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.List;

public class CollectHandler implements RequestHandler<String, Integer> {
    private static final List<String> processed = new ArrayList<>();

    public Integer handleRequest(String id, Context context) {
        processed.add(id); // expect: LL201
        return processed.size();
    }
}
