package corpus.archive;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

public class AuditArchiveWorker extends ArchiveWorkerBase implements RequestHandler<Map<String, String>, String> {
    @Override
    String deliveryStream() {
        return System.getenv("AUDIT_STREAM");
    }
}
