package corpus.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

// The same POJO handler keeping the list it builds local to the invocation.
public class TableSweep {
    private final String table = System.getenv("TABLE");

    public String handleRequest() {
        List<String> suffixes = new ArrayList<>();
        suffixes.addAll(Arrays.asList(System.getenv("SUFFIXES").split(",")));
        return "sweeping " + table + " for " + suffixes;
    }
}
