package corpus.ll302;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

// Extends a class and overrides a method, but is no Lambda handler and no handler reaches it.
public class MeteredStream extends FilterInputStream {
    public MeteredStream(InputStream in) {
        super(in);
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        CloudWatchClient metrics = CloudWatchClient.create();
        metrics.close();
        return super.read(buf, off, len);
    }
}
