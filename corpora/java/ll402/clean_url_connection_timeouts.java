package corpus.ll402;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.net.HttpURLConnection;
import java.net.URL;

public class BoundedPingHandler implements RequestHandler<String, Integer> {
    public Integer handleRequest(String endpoint, Context context) {
        try {
            HttpURLConnection c = (HttpURLConnection) new URL(endpoint).openConnection();
            c.setConnectTimeout(2000);
            c.setReadTimeout(5000);
            return c.getResponseCode();
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
