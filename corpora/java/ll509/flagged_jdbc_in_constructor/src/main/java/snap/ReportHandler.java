package snap;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public class ReportHandler implements RequestHandler<String, Integer> {
    private final Connection db;

    public ReportHandler() throws SQLException {
        db = DriverManager.getConnection(System.getenv("JDBC_URL")); // expect: LL509
    }

    @Override
    public Integer handleRequest(String table, Context context) {
        try {
            return db.createStatement().executeUpdate("delete from " + table + " where expired");
        } catch (SQLException e) {
            return -1;
        }
    }
}
