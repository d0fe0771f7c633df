package corpus.ll401;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

// A page counter that is only stepped, never compared: the loop runs for as many pages as the
// server has.
public class PageCounterHandler implements RequestHandler<String, Integer> {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public Integer handleRequest(String base, Context context) {
        int page = 0, total = 0;
        try {
            while (true) { // expect: LL401
                page++;
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + "?page=" + page)).timeout(Duration.ofSeconds(5)).build();
                String body = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
                if (body.isEmpty()) break;
                total += body.length();
            }
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
        return total;
    }
}
