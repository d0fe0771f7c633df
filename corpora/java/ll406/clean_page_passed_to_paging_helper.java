package corpus.ll406;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

// The helper that takes the first page follows its continuation key; another only logs the count.
public class PagingHelperHandler implements RequestHandler<String, String> {
    private static final DynamoDbClient DDB = DynamoDbClient.create();

    public String handleRequest(String table, Context context) {
        ScanRequest request = ScanRequest.builder().tableName(table).build();
        logCount(DDB.scan(request));
        return collect(DDB.scan(request), table, context).toString();
    }

    private void logCount(ScanResponse first) {
        System.out.println(first.count());
    }

    private List<String> collect(ScanResponse page, String table, Context context) {
        List<String> ids = new ArrayList<>();
        page.items().forEach(i -> ids.add(i.get("id").s()));
        while (page.hasLastEvaluatedKey() && context.getRemainingTimeInMillis() > 5000) {
            page = DDB.scan(ScanRequest.builder().tableName(table).exclusiveStartKey(page.lastEvaluatedKey()).build());
            page.items().forEach(i -> ids.add(i.get("id").s()));
        }
        return ids;
    }
}
