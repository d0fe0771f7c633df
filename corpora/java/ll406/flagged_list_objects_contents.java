package corpus.ll406;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

public class ListKeysHandler implements RequestHandler<String, Integer> {
    private static final S3Client S3 = S3Client.create();

    public Integer handleRequest(String bucket, Context context) {
        ListObjectsV2Response r = S3.listObjectsV2(b -> b.bucket(bucket)); // expect: LL406
        int n = 0;
        for (S3Object o : r.contents()) {
            n += o.size().intValue();
        }
        return n;
    }
}
