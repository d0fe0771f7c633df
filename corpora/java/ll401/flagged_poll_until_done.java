package corpus.ll401;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;

public class AthenaPollHandler implements RequestHandler<String, String> {
    private static final AthenaClient ATHENA = AthenaClient.create();

    public String handleRequest(String queryId, Context context) {
        QueryExecutionState state = QueryExecutionState.RUNNING;
        while (state == QueryExecutionState.RUNNING) { // expect: LL401
            state = ATHENA.getQueryExecution(b -> b.queryExecutionId(queryId)).queryExecution().status().state();
            try {
                Thread.sleep(1000); // expect: LL403
            } catch (InterruptedException e) {
                break;
            }
        }
        return state.toString();
    }
}
