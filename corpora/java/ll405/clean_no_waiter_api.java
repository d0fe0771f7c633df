package corpus.ll405;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;

public class QueryHandler implements RequestHandler<String, String> {
    private static final AthenaClient ATHENA = AthenaClient.create();

    public String handleRequest(String id, Context context) throws InterruptedException {
        QueryExecutionState s = QueryExecutionState.QUEUED;
        while (s != QueryExecutionState.SUCCEEDED && context.getRemainingTimeInMillis() > 3000) {
            s = ATHENA.getQueryExecution(b -> b.queryExecutionId(id)).queryExecution().status().state();
            Thread.sleep(500); // expect: LL403
        }
        return s.toString();
    }
}
