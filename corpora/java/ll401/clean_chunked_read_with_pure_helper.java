package corpus.ll401;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.s3.S3Client;

// Reads one object to its end in chunks; the helper only searches the bytes it is given.
public class FindMarkerHandler implements RequestHandler<Map<String, String>, Boolean> {
    private static final S3Client S3 = S3Client.create();

    @Override
    public Boolean handleRequest(Map<String, String> event, Context context) {
        byte[] marker = event.get("marker").getBytes();
        try (InputStream body = S3.getObject(b -> b.bucket(event.get("bucket")).key(event.get("key")))) {
            byte[] chunk = new byte[16384];
            while (true) {
                int read = body.read(chunk);
                if (read < 0) break;
                if (position(chunk, read, marker) >= 0) return true;
            }
            return false;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int position(byte[] data, int length, byte[] marker) {
        Objects.requireNonNull(marker);
        for (int i = 0; i + marker.length <= Math.min(length, data.length); i++) {
            int j = 0;
            while (j < marker.length && data[i + j] == marker[j]) j++;
            if (j == marker.length) return i;
        }
        return -1;
    }
}
