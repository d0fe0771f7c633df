package corpus.ingest;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class ClickIngestWorker extends IngestWorkerBase implements RequestHandler<Map<String, String>, String> {
    @Override
    String partition() {
        return "clicks";
    }
}
