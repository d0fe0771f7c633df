package corpus.ingest;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.Map;
import software.amazon.awssdk.services.kinesis.KinesisClient;

// Holds handleRequest without declaring RequestHandler: the subclass does.
public abstract class IngestWorkerBase {
    abstract String partition();

    public String handleRequest(Map<String, String> event, Context context) {
        KinesisClient kinesis = KinesisClient.create(); // expect: LL302
        kinesis.putRecord(b -> b.streamName(System.getenv("STREAM")).partitionKey(partition())
                .data(software.amazon.awssdk.core.SdkBytes.fromUtf8String(event.toString())));
        return "ok";
    }
}
