package corpus.ll402;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.Map;

// The connection is opened with both timeouts set, and Jackson parses its stream; a URL that is
// only parsed or built is no request.
public class TimedRatesHandler implements RequestHandler<String, String> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public String handleRequest(String base, Context context) {
        try {
            URL url = new URL(base + "/rates");
            HttpURLConnection connection = (HttpURLConnection) url.openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(5000);
            Map<?, ?> rates = MAPPER.readValue(connection.getInputStream(), Map.class);
            Map<?, ?> echo = MAPPER.readValue(base, Map.class);
            return rates.size() + echo.toString() + new URL(base).getHost();
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }
}
