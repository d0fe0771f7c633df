package corpus.ll405;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

public class CreateTableHandler implements RequestHandler<String, String> {
    private static final DynamoDbClient DDB = DynamoDbClient.create();

    public String handleRequest(String table, Context context) throws InterruptedException {
        TableStatus status = TableStatus.CREATING;
        while (status != TableStatus.ACTIVE && context.getRemainingTimeInMillis() > 5000) { // expect: LL405
            status = DDB.describeTable(b -> b.tableName(table)).table().tableStatus();
            Thread.sleep(2000); // expect: LL403
        }
        return status.toString();
    }
}
