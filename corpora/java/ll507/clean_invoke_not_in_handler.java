package corpus.ll507;

import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;

public class DeployCheck {
    public static void main(String[] args) {
        try (LambdaClient lambda = LambdaClient.create()) {
            lambda.invoke(InvokeRequest.builder().functionName(args[0]).build());
        }
    }
}
