package corpus.ll402;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;

public class FetchHandler implements RequestHandler<String, String> {
    public String handleRequest(String endpoint, Context context) {
        try {
            HttpURLConnection c = (HttpURLConnection) new URL(endpoint).openConnection(); // expect: LL402
            try (InputStream in = c.getInputStream()) {
                return new String(in.readAllBytes());
            }
        } catch (java.io.IOException e) {
            return e.getMessage();
        }
    }
}
