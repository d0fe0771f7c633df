package corpus.ll302;

import com.amazonaws.services.lambda.AWSLambdaClient;
import com.amazonaws.services.lambda.model.InvokeRequest;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.secretsmanager.AWSSecretsManagerClient;
import com.amazonaws.services.secretsmanager.model.GetSecretValueRequest;

/* SDK v1 names some clients AWS… rather than Amazon…: a constructor of either kind per call. */
public class FanOutHandler implements RequestHandler<String, String> {
    public String handleRequest(String target, Context context) {
        AWSLambdaClient lambda = new AWSLambdaClient(); // expect: LL302
        AWSSecretsManagerClient secrets = new AWSSecretsManagerClient(); // expect: LL302
        String token = secrets.getSecretValue(new GetSecretValueRequest().withSecretId("api")).getSecretString();
        lambda.invoke(new InvokeRequest().withFunctionName(target).withPayload(token)); // expect: LL507
        return "sent";
    }
}
