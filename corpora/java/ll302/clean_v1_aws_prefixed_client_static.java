package corpus.ll302;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.secretsmanager.AWSSecretsManagerClient;
import com.amazonaws.services.secretsmanager.model.AWSSecretsManagerException;
import com.amazonaws.services.secretsmanager.model.GetSecretValueRequest;

/* The v1 AWS… client built once per environment; an AWS…Exception per call is not a client. */
public class SecretReader implements RequestHandler<String, String> {
    private static final AWSSecretsManagerClient SECRETS = new AWSSecretsManagerClient();

    public String handleRequest(String id, Context context) {
        try {
            return SECRETS.getSecretValue(new GetSecretValueRequest().withSecretId(id)).getSecretString();
        } catch (AWSSecretsManagerException e) {
            throw new AWSSecretsManagerException("no secret " + id);
        }
    }
}
