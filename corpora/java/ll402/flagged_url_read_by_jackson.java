package corpus.ll402;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;

// Jackson and URL.openStream fetch through a URLConnection whose timeouts cannot be set: none.
public class RatesHandler implements RequestHandler<String, String> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public String handleRequest(String base, Context context) {
        try {
            Map<?, ?> rates = MAPPER.readValue(new URL(base + "/rates"), Map.class); // expect: LL402
            JsonNode info = MAPPER.readTree(new URL(base + "/info")); // expect: LL402
            try (InputStream in = new URL(base + "/raw").openStream()) { // expect: LL402
                return rates.size() + info.toString() + in.read();
            }
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }
}
