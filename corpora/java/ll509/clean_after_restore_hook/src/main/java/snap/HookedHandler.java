package snap;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.UUID;
import org.crac.Core;
import org.crac.Resource;

public class HookedHandler implements RequestHandler<String, String>, Resource {
    private static String sandbox = UUID.randomUUID().toString();

    public HookedHandler() {
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        sandbox = UUID.randomUUID().toString();
    }

    @Override
    public String handleRequest(String input, Context context) {
        return sandbox + ":" + input;
    }
}
