package corpus.ll403;

public class LocalRunner {
    public static void main(String[] args) throws Exception {
        Thread.sleep(100);
        System.out.println("done");
    }
}
