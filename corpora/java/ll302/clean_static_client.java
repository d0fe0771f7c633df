package corpus.ll302;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

public class StaticClientHandler implements RequestHandler<Map<String, String>, String> {
    private static final S3Client S3 = S3Client.builder().build();

    public String handleRequest(Map<String, String> event, Context context) {
        GetObjectRequest request = GetObjectRequest.builder().bucket(event.get("bucket")).key(event.get("key")).build();
        return S3.getObjectAsBytes(request).asUtf8String();
    }
}
