package corpus.archive;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.Map;
import software.amazon.awssdk.services.firehose.FirehoseClient;

// The inherited handleRequest uses a client built once per environment.
public abstract class ArchiveWorkerBase {
    private static final FirehoseClient FIREHOSE = FirehoseClient.create();

    abstract String deliveryStream();

    public String handleRequest(Map<String, String> event, Context context) {
        FIREHOSE.putRecord(b -> b.deliveryStreamName(deliveryStream())
                .record(r -> r.data(software.amazon.awssdk.core.SdkBytes.fromUtf8String(event.toString()))));
        return "ok";
    }
}
