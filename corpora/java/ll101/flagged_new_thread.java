package corpus.ll101;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class ThreadHandler implements RequestHandler<String, String> {
    public String handleRequest(String input, Context context) {
        Thread worker = new Thread(() -> System.out.println(input)); // expect: LL101
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            return "interrupted";
        }
        return "done";
    }
}
