package corpus.ll201;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.List;

public class ClearedBufferHandler implements RequestHandler<List<String>, Integer> {
    private static final List<String> buffer = new ArrayList<>();

    public Integer handleRequest(List<String> lines, Context context) {
        buffer.clear();
        buffer.addAll(lines);
        return buffer.size();
    }
}
