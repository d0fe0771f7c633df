package corpus.ll302;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;

public class RepositoryHandler implements RequestHandler<String, String> {
    public String handleRequest(String id, Context context) {
        OrderLookup lookup = new OrderLookup();
        return lookup.find(id);
    }
}

class OrderLookup {
    private final DynamoDbClient ddb;

    OrderLookup() {
        ddb = DynamoDbClient.create(); // expect: LL302
    }

    String find(String id) {
        return ddb.getItem(GetItemRequest.builder().tableName("orders").build()).item().toString();
    }
}
