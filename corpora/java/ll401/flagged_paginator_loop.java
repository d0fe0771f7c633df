package corpus.ll401;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

public class ArchiveHandler implements RequestHandler<String, Integer> {
    private static final S3Client S3 = S3Client.create();

    public Integer handleRequest(String bucket, Context context) {
        int n = 0;
        for (S3Object o : S3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents()) { // expect: LL401
            S3.deleteObject(b -> b.bucket(bucket).key(o.key()));
            n++;
        }
        return n;
    }
}
