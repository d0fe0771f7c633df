package corpus.ll405;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.ec2.Ec2Client;

public class DescribeOnceHandler implements RequestHandler<String, String> {
    private static final Ec2Client EC2 = Ec2Client.create();

    public String handleRequest(String id, Context context) {
        return EC2.describeInstances(b -> b.instanceIds(id)).reservations().get(0).instances().get(0).state().nameAsString();
    }
}
