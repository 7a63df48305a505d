package io.marketsync.state;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

final class JdbcWatermarks implements Watermarks {

    private final Jdbc jdbc;
    private final Clock clock;

    JdbcWatermarks(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<String> get(String routeId) {
        return jdbc.read(
                "read the watermark of route " + routeId,
                c -> Jdbc.queryFirst(
                        c, "SELECT watermark FROM watermark WHERE route_id = ?", rs -> rs.getString(1), routeId));
    }

    @Override
    public void set(String routeId, String value) {
        jdbc.inTransaction("set the watermark of route " + routeId, c -> {
            write(c, routeId, value);
            return null;
        });
    }

    @Override
    public void reset(String routeId) {
        jdbc.inTransaction(
                "reset the watermark of route " + routeId,
                c -> Jdbc.update(c, "DELETE FROM watermark WHERE route_id = ?", routeId));
    }

    /** Writes a watermark inside the caller's transaction. */
    void write(Connection c, String routeId, String value) throws SQLException {
        Jdbc.upsert(
                c,
                "UPDATE watermark SET watermark = ?, updated_at = ? WHERE route_id = ?",
                "INSERT INTO watermark (watermark, updated_at, route_id) VALUES (?, ?, ?)",
                value,
                clock.instant(),
                routeId);
    }
}
