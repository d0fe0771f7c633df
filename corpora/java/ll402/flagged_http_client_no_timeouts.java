package corpus.ll402;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class PartnerHandler implements RequestHandler<String, String> {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public String handleRequest(String id, Context context) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://partner.example.com/items/" + id)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body(); // expect: LL402
        } catch (Exception e) {
            return null;
        }
    }
}
