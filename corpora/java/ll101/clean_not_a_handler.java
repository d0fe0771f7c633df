package corpus.ll101;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class BatchTool {
    public static void main(String[] args) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        pool.submit(() -> System.out.println("batch"));
        pool.shutdown();
    }
}
