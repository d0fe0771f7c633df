package corpus.jobs;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;

public class NightlyExportJob extends ScheduledJobBase {
    @Override
    protected String runJob(Map<String, Object> event, Context context) {
        S3Client s3 = S3Client.create(); // expect: LL302
        s3.putObject(b -> b.bucket(System.getenv("EXPORTS")).key("nightly.csv"),
                software.amazon.awssdk.core.sync.RequestBody.fromString("id\n"));
        return "exported";
    }
}
