package io.marketsync.state;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The state store on PostgreSQL at 127.0.0.1:5432, database {@code test}, user {@code postgres} (trust auth);
 * skipped with the reason printed when it does not answer. Each test gets a schema of its own, dropped after.
 */
class PostgresStateStoreTest extends AbstractStateStoreTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=3";
    private static final String USER = "postgres";

    /** Why PostgreSQL cannot be used, or null when it answers. */
    private static String unavailable;

    private String schema;

    @BeforeAll
    static void checkPostgresAnswers() {
        try (Connection c = DriverManager.getConnection(URL, USER, "")) {
            c.isValid(3);
        } catch (SQLException e) {
            unavailable = "PostgreSQL state store tests skipped: " + URL + " does not answer (" + e.getMessage() + ")";
            System.out.println(unavailable);
        }
    }

    @Override
    StateStoreConfig emptyDatabase(Path dir) throws SQLException {
        Assumptions.assumeTrue(unavailable == null, unavailable);
        schema = "ms_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
        return new StateStoreConfig(
                URL + "&currentSchema=" + schema, USER, "", dir.resolve("secret.key"), null, RetryPolicy.DEFAULT);
    }

    @Override
    void dropDatabase() throws SQLException {
        if (schema != null) {
            execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, "")) {
            c.createStatement().execute(sql);
        }
    }
}
