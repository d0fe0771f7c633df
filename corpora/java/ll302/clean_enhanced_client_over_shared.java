package corpus.ll302;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

public class EnhancedHandler implements RequestHandler<String, String> {
    private static final DynamoDbClient DDB = DynamoDbClient.create();

    public String handleRequest(String id, Context context) {
        DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(DDB).build();
        return enhanced.toString() + id;
    }
}
