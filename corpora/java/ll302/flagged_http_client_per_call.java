package corpus.ll302;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public class WebhookHandler implements RequestHandler<String, Integer> {
    public Integer handleRequest(String body, Context context) {
        HttpClient http = HttpClient.newHttpClient(); // expect: LL302
        HttpRequest req = HttpRequest.newBuilder(URI.create(System.getenv("HOOK"))).timeout(Duration.ofSeconds(5))
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (Exception e) {
            return 500;
        }
    }
}
