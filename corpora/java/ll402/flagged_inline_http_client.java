package corpus.ll402;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

// A client built inline and used at once: no connect timeout, and the request sets none either
// (and the client itself is built on every invocation).
public class InlineClientHandler implements RequestHandler<String, String> {
    public String handleRequest(String url, Context context) {
        try {
            HttpRequest request = HttpRequest.newBuilder().uri(new URI(url)).GET().build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body(); // expect: LL302, LL402
        } catch (Exception e) {
            return "";
        }
    }
}
