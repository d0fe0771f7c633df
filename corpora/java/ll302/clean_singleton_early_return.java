package corpus.ll302;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Objects;
import software.amazon.awssdk.services.kinesis.KinesisClient;

public class SingletonHandler implements RequestHandler<String, String> {
    private static KinesisClient kinesis;

    private static KinesisClient kinesis() {
        if (!Objects.isNull(kinesis)) return kinesis;
        kinesis = KinesisClient.create();
        return kinesis;
    }

    public String handleRequest(String record, Context context) {
        return kinesis().putRecord(b -> b.streamName("s").partitionKey(record).data(null)).sequenceNumber();
    }
}
