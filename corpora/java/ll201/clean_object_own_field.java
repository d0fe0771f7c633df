package corpus.ll201;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.List;

public class BasketHandler implements RequestHandler<List<String>, Integer> {
    public Integer handleRequest(List<String> products, Context context) {
        ShoppingBasket basket = new ShoppingBasket();
        for (String p : products) {
            basket.add(p);
        }
        return basket.size();
    }
}

class ShoppingBasket {
    private final List<String> items = new ArrayList<>();

    void add(String product) {
        items.add(product); // the basket's own list: a new basket per invocation
    }

    int size() {
        return items.size();
    }
}
