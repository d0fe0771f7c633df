package corpus.notify;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

public abstract class NotificationJobBase implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
        out.write(send(new String(in.readAllBytes()), context).getBytes());
    }

    protected abstract String send(String payload, Context context);
}
