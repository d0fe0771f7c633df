package corpus.ll406;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;

// The first page goes straight to a helper that reads its list as if it were everything.
public class PageToHelperHandler implements RequestHandler<String, String> {
    private static final DynamoDbClient DDB = DynamoDbClient.create();
    private static final S3Client S3 = S3Client.create();

    public String handleRequest(String table, Context context) {
        List<String> ids = ItemMapper.ids(DDB.scan(ScanRequest.builder().tableName(table).build())); // expect: LL406
        return ids + " " + keys(S3.listObjectsV2(ListObjectsV2Request.builder().bucket("b").build())); // expect: LL406
    }

    private int keys(ListObjectsV2Response listing) {
        return listing.contents().size();
    }
}

class ItemMapper {
    static List<String> ids(ScanResponse page) {
        return page.items().stream().map(i -> i.get("id").s()).collect(Collectors.toList());
    }
}
