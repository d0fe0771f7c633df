package corpus.ll302;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import software.amazon.awssdk.services.rdsdata.RdsDataClient;

// A CloudFormation custom resource: it runs a few times per deployment, not per request.
public class SchemaMigrationResource implements RequestHandler<CloudFormationCustomResourceEvent, String> {
    @Override
    public String handleRequest(CloudFormationCustomResourceEvent event, Context context) {
        if (!"Create".equals(event.getRequestType())) {
            return "nothing to do";
        }
        RdsDataClient rds = RdsDataClient.builder().build();
        String[] statements = String.valueOf(event.getResourceProperties().get("Statements")).split(";");
        int attempt = 0;
        while (true) {
            try {
                for (String sql : statements) {
                    rds.executeStatement(b -> b.sql(sql));
                }
                return "migrated";
            } catch (RuntimeException clusterAsleep) {
                if (++attempt > 20) throw clusterAsleep;
            }
        }
    }
}
