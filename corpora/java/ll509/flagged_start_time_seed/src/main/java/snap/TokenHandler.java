package snap;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Instant;
import java.util.Random;

public class TokenHandler implements RequestHandler<String, String> {
    private static final Instant STARTED = Instant.now(); // expect: LL509
    private static final Random TOKENS = new Random(System.nanoTime()); // expect: LL509

    @Override
    public String handleRequest(String user, Context context) {
        return user + "-" + TOKENS.nextLong() + "@" + STARTED;
    }
}
