package corpus.ll405;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

public class StartInstanceHandler implements RequestHandler<String, String> {
    private static final Ec2Client EC2 = Ec2Client.create();

    public String handleRequest(String id, Context context) {
        EC2.startInstances(b -> b.instanceIds(id));
        while (true) { // expect: LL401, LL405
            InstanceStateName s = EC2.describeInstances(b -> b.instanceIds(id)).reservations().get(0).instances().get(0)
                .state().name();
            if (s == InstanceStateName.RUNNING) {
                return "running";
            }
            try {
                Thread.sleep(5000); // expect: LL403
            } catch (InterruptedException e) {
                return "interrupted";
            }
        }
    }
}
