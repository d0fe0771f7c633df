package corpus.shop;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Same package as the handler, no import: found by its class name. */
public class CartStore {
    public int count(String cartId) {
        try (Connection c = DriverManager.getConnection(System.getenv("JDBC_URL"))) { // expect: LL302
            return c.prepareStatement("select count(*) from cart where id = '" + cartId + "'").executeQuery().getInt(1);
        } catch (SQLException e) {
            return -1;
        }
    }
}
