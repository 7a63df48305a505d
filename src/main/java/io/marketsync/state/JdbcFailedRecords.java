package io.marketsync.state;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

final class JdbcFailedRecords implements FailedRecords {

    private static final String COLUMNS = "id, route_id, mapping, source_key, payload, error_code, error_message,"
            + " attempts, first_failed, last_failed, next_retry";

    private final Jdbc jdbc;
    private final Clock clock;
    private final RetryPolicy retryPolicy;

    JdbcFailedRecords(Jdbc jdbc, Clock clock, RetryPolicy retryPolicy) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retryPolicy = retryPolicy;
    }

    @Override
    public void record(FailedRecord failure) {
        Objects.requireNonNull(failure.routeId(), "routeId");
        Objects.requireNonNull(failure.mapping(), "mapping");
        Objects.requireNonNull(failure.sourceKey(), "sourceKey");
        Objects.requireNonNull(failure.errorCode(), "errorCode");
        Instant now = clock.instant();
        jdbc.inTransaction("record the failure of " + failure.sourceKey() + " in route " + failure.routeId(), c -> {
            // Locks the row, so concurrent failures of the same record count every attempt; when there is no
            // row yet, a racing insert ends in a unique violation and the transaction runs again.
            Optional<Integer> attempts = Jdbc.queryFirst(
                    c,
                    "SELECT attempts FROM failed_record"
                            + " WHERE route_id = ? AND mapping = ? AND source_key = ? FOR UPDATE",
                    rs -> rs.getInt(1),
                    failure.routeId(),
                    failure.mapping(),
                    failure.sourceKey());
            int attempt = attempts.orElse(0) + 1;
            Instant nextRetry = retryPolicy.nextRetry(attempt, now);
            if (attempts.isPresent()) {
                Jdbc.update(
                        c,
                        "UPDATE failed_record SET payload = ?, error_code = ?, error_message = ?, attempts = ?,"
                                + " last_failed = ?, next_retry = ?"
                                + " WHERE route_id = ? AND mapping = ? AND source_key = ?",
                        failure.payload(),
                        failure.errorCode(),
                        failure.errorMessage(),
                        attempt,
                        now,
                        nextRetry,
                        failure.routeId(),
                        failure.mapping(),
                        failure.sourceKey());
            } else {
                Jdbc.update(
                        c,
                        "INSERT INTO failed_record (route_id, mapping, source_key, payload, error_code,"
                                + " error_message, attempts, first_failed, last_failed, next_retry)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        failure.routeId(),
                        failure.mapping(),
                        failure.sourceKey(),
                        failure.payload(),
                        failure.errorCode(),
                        failure.errorMessage(),
                        attempt,
                        now,
                        now,
                        nextRetry);
            }
            return null;
        });
    }

    @Override
    public List<FailedRecord> due(String routeId, Instant now, int limit) {
        return jdbc.read(
                "read failures due in route " + routeId,
                c -> Jdbc.query(
                        c,
                        "SELECT " + COLUMNS + " FROM failed_record WHERE route_id = ? AND next_retry <= ?"
                                + " ORDER BY first_failed, id LIMIT ?",
                        JdbcFailedRecords::failedRecord,
                        routeId,
                        now,
                        limit));
    }

    @Override
    public List<FailedRecord> list(String routeId, int limit) {
        return jdbc.read(
                "list failed records",
                c -> routeId == null
                        ? Jdbc.query(
                                c,
                                "SELECT " + COLUMNS + " FROM failed_record ORDER BY last_failed DESC, id DESC LIMIT ?",
                                JdbcFailedRecords::failedRecord,
                                limit)
                        : Jdbc.query(
                                c,
                                "SELECT " + COLUMNS + " FROM failed_record WHERE route_id = ?"
                                        + " ORDER BY last_failed DESC, id DESC LIMIT ?",
                                JdbcFailedRecords::failedRecord,
                                routeId,
                                limit));
    }

    @Override
    public void resolve(String routeId, String mapping, String sourceKey) {
        jdbc.inTransaction("resolve the failure of " + sourceKey + " in route " + routeId, c -> {
            delete(c, routeId, mapping, sourceKey);
            return null;
        });
    }

    @Override
    public int count(String routeId) {
        return jdbc.read("count failed records of route " + routeId, c -> Jdbc.queryFirst(
                        c, "SELECT COUNT(*) FROM failed_record WHERE route_id = ?", rs -> rs.getInt(1), routeId)
                .orElse(0));
    }

    /** Deletes a failure inside the caller's transaction. */
    void delete(Connection c, String routeId, String mapping, String sourceKey) throws SQLException {
        Jdbc.update(
                c,
                "DELETE FROM failed_record WHERE route_id = ? AND mapping = ? AND source_key = ?",
                routeId,
                mapping,
                sourceKey);
    }

    private static FailedRecord failedRecord(ResultSet rs) throws SQLException {
        return new FailedRecord(
                rs.getLong("id"),
                rs.getString("route_id"),
                rs.getString("mapping"),
                rs.getString("source_key"),
                rs.getString("payload"),
                rs.getString("error_code"),
                rs.getString("error_message"),
                rs.getInt("attempts"),
                Jdbc.instant(rs, "first_failed"),
                Jdbc.instant(rs, "last_failed"),
                Jdbc.instant(rs, "next_retry"));
    }
}
