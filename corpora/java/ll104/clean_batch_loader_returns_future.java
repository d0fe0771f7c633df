package corpus.ll104;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

// The loader's future is the lambda's value: its caller (here the handler) joins it.
public class AuthorsLoaderHandler implements RequestHandler<List<String>, List<String>> {
    @Override
    public List<String> handleRequest(List<String> ids, Context context) {
        return batchLoader().apply(ids).toCompletableFuture().join();
    }

    Function<List<String>, CompletionStage<List<String>>> batchLoader() {
        return keys -> CompletableFuture.supplyAsync(() -> keys.stream().map(String::toUpperCase).toList());
    }

    CompletableFuture<Integer> countLater(List<String> ids) {
        return CompletableFuture.supplyAsync(ids::size).thenApply(n -> n + 1);
    }
}
