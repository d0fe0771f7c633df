package corpus.ll201;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.HashMap;
import java.util.Map;

public class ConfigCacheHandler implements RequestHandler<String, String> {
    private static final Map<String, String> configCache = new HashMap<>();

    public String handleRequest(String key, Context context) {
        if (!configCache.containsKey(key)) {
            configCache.put(key, System.getenv(key));
        }
        return configCache.get(key);
    }
}
