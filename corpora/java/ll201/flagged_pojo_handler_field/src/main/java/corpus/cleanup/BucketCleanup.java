package corpus.cleanup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

// Lambda builds one BucketCleanup per environment and calls handleRequest on it every day.
public class BucketCleanup {
    private final List<String> suffixes = new ArrayList<>();

    public String handleRequest() {
        suffixes.addAll(Arrays.asList(System.getenv("SUFFIXES").split(","))); // expect: LL201
        return "cleaning " + suffixes;
    }
}
