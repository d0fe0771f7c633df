package corpus.ll406;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.s3.S3Client;

public class AnyObjectHandler implements RequestHandler<String, Boolean> {
    private static final S3Client S3 = S3Client.create();

    public Boolean handleRequest(String bucket, Context context) {
        return !S3.listObjectsV2(b -> b.bucket(bucket).maxKeys(1)).contents().isEmpty();
    }
}
