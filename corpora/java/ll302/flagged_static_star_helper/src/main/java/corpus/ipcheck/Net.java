package corpus.ipcheck;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public final class Net {
    private Net() {}

    public static String callerAddress() {
        HttpRequest ask = HttpRequest.newBuilder(URI.create("https://checkip.amazonaws.com")).timeout(Duration.ofSeconds(2)).build();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build(); // expect: LL302
            return http.send(ask, HttpResponse.BodyHandlers.ofString()).body().trim();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
