package corpus.ll302;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

public class S3BuilderHandler implements RequestHandler<Map<String, String>, String> {
    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        S3Client s3 = S3Client.builder().region(Region.EU_WEST_1).build(); // expect: LL302
        return s3.getObjectAsBytes(b -> b.bucket(event.get("bucket")).key(event.get("key"))).asUtf8String();
    }
}
