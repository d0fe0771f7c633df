package corpus.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

// The service object is rebuilt into the field on every request: its constructor's client too.
public class OrderCountHandler implements RequestHandler<String, Long> {
    private OrderTableService orders;

    public Long handleRequest(String table, Context context) {
        this.orders = new OrderTableService();
        return orders.itemCount(table);
    }
}
