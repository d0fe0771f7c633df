package corpus.ll406;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

public class ExportTableHandler implements RequestHandler<String, Integer> {
    private static final DynamoDbClient DDB = DynamoDbClient.create();

    public Integer handleRequest(String table, Context context) {
        return DDB.scan(ScanRequest.builder().tableName(table).build()).items().size(); // expect: LL406
    }
}
