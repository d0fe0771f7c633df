package corpus.ll302;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.services.rdsdata.RdsDataClient;

// The same statements run for every API request: not a custom resource (no RequestType read).
public class RunStatementsHandler implements RequestHandler<Map<String, Object>, String> {
    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        RdsDataClient rds = RdsDataClient.builder().build(); // expect: LL302
        for (String sql : String.valueOf(event.get("Statements")).split(";")) {
            rds.executeStatement(b -> b.sql(sql));
        }
        return "ran";
    }
}
