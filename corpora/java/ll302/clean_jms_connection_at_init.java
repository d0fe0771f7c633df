package corpus.ll302;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import javax.jms.Connection;
import javax.jms.JMSException;
import javax.jms.Session;
import org.apache.activemq.ActiveMQConnectionFactory;

// The connection is opened once per environment and reused; each invocation makes a session.
public class SharedBrokerHandler implements RequestHandler<String, String> {
    private static Connection connection;

    public String handleRequest(String body, Context context) {
        try {
            if (connection == null) {
                connection = new ActiveMQConnectionFactory(System.getenv("BROKER_URL")).createConnection();
                connection.start();
            }
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createProducer(session.createQueue("orders")).send(session.createTextMessage(body));
            session.close();
            return "sent";
        } catch (JMSException e) {
            throw new RuntimeException(e);
        }
    }
}
