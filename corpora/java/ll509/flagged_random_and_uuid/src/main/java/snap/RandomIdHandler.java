package snap;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Random;
import java.util.UUID;

public class RandomIdHandler implements RequestHandler<String, String> {
    private static final Random RANDOM = new Random(); // expect: LL509
    private static final String SANDBOX = UUID.randomUUID().toString(); // expect: LL509

    @Override
    public String handleRequest(String input, Context context) {
        return SANDBOX + ":" + RANDOM.nextInt(1000);
    }
}
