package corpus.ipcheckok;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public final class SharedNet {
    // one client per environment, shared by every call
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private SharedNet() {}

    public static String callerAddress() {
        HttpRequest ask = HttpRequest.newBuilder(URI.create("https://checkip.amazonaws.com")).timeout(Duration.ofSeconds(2)).build();
        try {
            return HTTP.send(ask, HttpResponse.BodyHandlers.ofString()).body().trim();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
