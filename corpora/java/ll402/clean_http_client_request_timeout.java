package corpus.ll402;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public class TimedPartnerHandler implements RequestHandler<String, String> {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public String handleRequest(String id, Context context) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://partner.example.com/items/" + id))
            .timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            return null;
        }
    }
}
