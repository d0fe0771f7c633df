package corpus.ll401;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import software.amazon.awssdk.services.rds.RdsClient;

// A custom resource's provider: it polls until the cluster is up, a few times per deployment.
public class ClusterReadyResource implements RequestHandler<CloudFormationCustomResourceEvent, String> {
    private static final RdsClient RDS = RdsClient.create();

    @Override
    public String handleRequest(CloudFormationCustomResourceEvent event, Context context) {
        if ("Delete".equals(event.getRequestType())) return "deleted";
        String id = String.valueOf(event.getResourceProperties().get("ClusterId"));
        while (!"available".equals(RDS.describeDBClusters(b -> b.dbClusterIdentifier(id)).dbClusters().get(0).status())) {
            pause();
        }
        return "ready";
    }

    private static void pause() {
        try {
            Thread.sleep(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
