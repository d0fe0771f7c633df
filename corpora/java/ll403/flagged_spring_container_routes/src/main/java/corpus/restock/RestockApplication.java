package corpus.restock;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RestockApplication {
}
