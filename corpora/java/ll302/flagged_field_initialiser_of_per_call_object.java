package corpus.ll302;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;
import software.amazon.awssdk.services.sqs.SqsClient;

// `new PhotoStore()` per invocation runs its field initialisers every time, as a constructor would.
public class PhotoHandler implements RequestHandler<String, String> {
    public String handleRequest(String key, Context context) {
        PhotoStore store = new PhotoStore();
        new Notifier("q").send(key);
        return store.read(key);
    }
}

class PhotoStore {
    private final AmazonS3 s3 = AmazonS3ClientBuilder.defaultClient(); // expect: LL302

    String read(String key) { return s3.getObjectAsString("photos", key); }
}

class Notifier {
    private final String queue;
    private SqsClient sqs;

    {
        sqs = SqsClient.create(); // expect: LL302
    }

    Notifier(String queue) { this.queue = queue; }

    void send(String body) { sqs.sendMessage(b -> b.queueUrl(queue).messageBody(body)); }
}
