package corpus.report;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import software.amazon.awssdk.services.s3.S3Client;

// A Spring Boot / JAX-RS server that does not run on Lambda (no aws-serverless-java-container
// handler in its tree): its routes are not Lambda entry points.
@RestController
public class ReportController {
    @GetMapping("/report")
    public String report() throws InterruptedException {
        Thread.sleep(200);
        return S3Client.create().listBuckets().toString();
    }

    @GET
    @Path("/legacy")
    public String legacy() throws InterruptedException {
        Thread.sleep(200);
        return "legacy";
    }
}
