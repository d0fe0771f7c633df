package corpus.restock;

import org.springframework.stereotype.Service;
import software.amazon.awssdk.services.sqs.SqsClient;

@Service
public class RestockService {
    public String order(String sku) {
        SqsClient sqs = SqsClient.create(); // expect: LL302
        return sqs.sendMessage(b -> b.queueUrl("orders").messageBody(sku)).messageId();
    }
}
