package corpus.ll302;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDBClientBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

public class JdbcHandler implements RequestHandler<String, Integer> {
    public Integer handleRequest(String orderId, Context context) {
        AmazonDynamoDB ddb = AmazonDynamoDBClientBuilder.defaultClient(); // expect: LL302
        try (Connection c = DriverManager.getConnection(System.getenv("JDBC_URL"))) { // expect: LL302
            ResultSet rs = c.createStatement().executeQuery("select count(*) from orders");
            rs.next();
            ddb.describeLimits(new com.amazonaws.services.dynamodbv2.model.DescribeLimitsRequest());
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new RuntimeException(e);
        }
    }
}
