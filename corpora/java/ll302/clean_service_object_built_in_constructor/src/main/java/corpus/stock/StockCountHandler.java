package corpus.stock;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

// The service (and the client it builds) is made once, with the handler object.
public class StockCountHandler implements RequestHandler<String, Long> {
    private final StockTableService stock;

    public StockCountHandler() {
        this.stock = new StockTableService();
    }

    public Long handleRequest(String table, Context context) {
        return stock.itemCount(table);
    }
}
