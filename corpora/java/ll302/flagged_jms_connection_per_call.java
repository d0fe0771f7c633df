package corpus.ll302;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import javax.jms.Connection;
import javax.jms.ConnectionFactory;
import javax.jms.JMSException;
import javax.jms.Session;
import org.apache.activemq.ActiveMQConnectionFactory;

// A broker connection (TLS handshake, login) opened and closed on every invocation.
public class BrokerHandler implements RequestHandler<String, String> {
    private static final ActiveMQConnectionFactory FACTORY = new ActiveMQConnectionFactory(System.getenv("BROKER_URL"));

    public String handleRequest(String body, Context context) {
        try {
            Connection connection = FACTORY.createConnection(); // expect: LL302
            try {
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                session.createProducer(session.createQueue("orders")).send(session.createTextMessage(body));
            } finally {
                connection.close();
            }
            ConnectionFactory audit = new ActiveMQConnectionFactory(System.getenv("AUDIT_URL"));
            try (Connection second = audit.createConnection()) { // expect: LL302
                second.start();
            }
            return "sent";
        } catch (JMSException e) {
            throw new RuntimeException(e);
        }
    }
}
