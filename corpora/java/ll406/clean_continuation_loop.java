package corpus.ll406;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;

public class TokenLoopHandler implements RequestHandler<String, Integer> {
    private static final S3Client S3 = S3Client.create();

    public Integer handleRequest(String bucket, Context context) {
        int n = 0;
        String token = null;
        do {
            ListObjectsV2Request req = ListObjectsV2Request.builder().bucket(bucket).continuationToken(token).build();
            ListObjectsV2Response r = S3.listObjectsV2(req);
            n += r.contents().size();
            token = r.nextContinuationToken();
        } while (token != null && context.getRemainingTimeInMillis() > 5000);
        return n;
    }
}
