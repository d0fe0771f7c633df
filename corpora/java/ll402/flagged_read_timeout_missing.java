package corpus.ll402;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.net.HttpURLConnection;
import java.net.URL;

public class PingHandler implements RequestHandler<String, Integer> {
    public Integer handleRequest(String endpoint, Context context) {
        try {
            URL url = new URL(endpoint);
            HttpURLConnection c = (HttpURLConnection) url.openConnection(); // expect: LL402
            c.setConnectTimeout(2000);
            return c.getResponseCode();
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
