package corpus.shop;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class CheckoutHandler implements RequestHandler<String, Integer> {
    private final CartStore store = new CartStore();

    public Integer handleRequest(String cartId, Context context) {
        return store.count(cartId);
    }
}
