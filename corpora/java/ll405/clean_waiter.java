package corpus.ll405;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.ec2.Ec2Client;

public class WaiterHandler implements RequestHandler<String, String> {
    private static final Ec2Client EC2 = Ec2Client.create();

    public String handleRequest(String id, Context context) {
        EC2.startInstances(b -> b.instanceIds(id));
        EC2.waiter().waitUntilInstanceRunning(b -> b.instanceIds(id));
        return "running";
    }
}
