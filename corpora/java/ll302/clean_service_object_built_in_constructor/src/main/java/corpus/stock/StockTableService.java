package corpus.stock;

import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDBClientBuilder;

public class StockTableService {
    private final AmazonDynamoDB dynamo;

    public StockTableService() {
        this.dynamo = AmazonDynamoDBClientBuilder.defaultClient();
    }

    public long itemCount(String table) {
        return dynamo.describeTable(table).getTable().getItemCount();
    }
}
