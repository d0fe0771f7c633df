package corpus.orders;

import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDBClientBuilder;

public class OrderTableService {
    private final AmazonDynamoDB dynamo;

    public OrderTableService() {
        this.dynamo = AmazonDynamoDBClientBuilder.defaultClient(); // expect: LL302
    }

    public long itemCount(String table) {
        return dynamo.describeTable(table).getTable().getItemCount();
    }
}
