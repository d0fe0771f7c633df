package corpus.jobs;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

// The project's own template method: every job's handleRequest is this one.
public abstract class ScheduledJobBase implements RequestHandler<Map<String, Object>, String> {
    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        context.getLogger().log("job " + getClass().getSimpleName());
        return runJob(event, context);
    }

    protected abstract String runJob(Map<String, Object> event, Context context);
}
