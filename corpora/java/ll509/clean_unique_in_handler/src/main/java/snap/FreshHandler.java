package snap;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.security.SecureRandom;
import java.util.Random;
import java.util.UUID;
import software.amazon.awssdk.services.s3.S3Client;

public class FreshHandler implements RequestHandler<String, String> {
    private static final SecureRandom SECURE = new SecureRandom();
    private static final Random SAMPLING = new Random(42);
    private static final S3Client S3 = S3Client.create();

    @Override
    public String handleRequest(String input, Context context) {
        String requestId = UUID.randomUUID().toString();
        return requestId + SECURE.nextInt() + SAMPLING.nextInt() + S3.serviceName();
    }
}
