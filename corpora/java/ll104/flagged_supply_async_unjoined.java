package corpus.ll104;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.concurrent.CompletableFuture;

public class NotifyHandler implements RequestHandler<String, String> {
    public String handleRequest(String user, Context context) {
        CompletableFuture<String> sent = CompletableFuture.supplyAsync(() -> notifyUser(user)); // expect: LL104
        System.out.println("queued " + sent);
        return "ok";
    }

    private static String notifyUser(String user) {
        return user;
    }
}
