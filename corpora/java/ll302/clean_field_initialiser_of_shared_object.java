package corpus.ll302;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;
import java.util.ArrayList;
import java.util.List;

// The store is made once, at init (a field of the handler), so its client is made once too; the
// per-invocation Basket's field initialiser makes no client.
public class SharedStoreHandler implements RequestHandler<String, String> {
    private final ArchiveStore store = new ArchiveStore();

    public String handleRequest(String key, Context context) {
        Basket basket = new Basket();
        basket.add(key);
        return store.read(key) + basket.size();
    }
}

class ArchiveStore {
    private final AmazonS3 s3 = AmazonS3ClientBuilder.defaultClient();

    String read(String key) { return s3.getObjectAsString("archive", key); }
}

class Basket {
    private final List<String> items = new ArrayList<>();

    void add(String item) { items.add(item); }

    int size() { return items.size(); }
}
