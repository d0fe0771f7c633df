package corpus.ll406;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;
import com.amazonaws.services.s3.model.S3ObjectSummary;

public class SummariesHandler implements RequestHandler<String, Long> {
    private static final AmazonS3 S3 = AmazonS3ClientBuilder.defaultClient();

    public Long handleRequest(String bucket, Context context) {
        long total = 0;
        for (S3ObjectSummary s : S3.listObjectsV2(bucket).getObjectSummaries()) { // expect: LL406
            total += s.getSize();
        }
        return total;
    }
}
