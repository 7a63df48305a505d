package io.marketsync.state;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

final class JdbcSyncRuns implements SyncRuns {

    private static final String COLUMNS = "id, route_id, started_at, ended_at, records_read, records_created,"
            + " records_updated, records_unchanged, records_failed, api_calls, status, error_text";

    /** Appends to the error text, separated by "; " when there is some already (NULL || x is NULL on both). */
    private static final String APPEND_ERROR = "error_text = COALESCE(error_text || '; ', '') || ?";

    private final Jdbc jdbc;
    private final Clock clock;

    JdbcSyncRuns(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public long start(String routeId) {
        return jdbc.inTransaction(
                "start a run of route " + routeId,
                c -> Jdbc.insertReturningId(
                        c,
                        "INSERT INTO sync_run (route_id, started_at, status) VALUES (?, ?, ?)",
                        routeId,
                        clock.instant(),
                        SyncRun.RUNNING));
    }

    @Override
    public void finish(long runId, RunCounts counts, String status, String error) {
        String sql = "UPDATE sync_run SET ended_at = ?, records_read = ?, records_created = ?, records_updated = ?,"
                + " records_unchanged = ?, records_failed = ?, api_calls = ?, status = ?"
                + (error == null ? "" : ", " + APPEND_ERROR)
                + " WHERE id = ?";
        List<Object> params = new ArrayList<>(Arrays.asList(
                clock.instant(),
                counts.read(),
                counts.created(),
                counts.updated(),
                counts.unchanged(),
                counts.failed(),
                counts.apiCalls(),
                status));
        if (error != null) {
            params.add(error);
        }
        params.add(runId);
        updateOne("finish run " + runId, sql, params.toArray());
    }

    @Override
    public void note(long runId, String note) {
        updateOne("add a note to run " + runId, "UPDATE sync_run SET " + APPEND_ERROR + " WHERE id = ?", note, runId);
    }

    @Override
    public Optional<SyncRun> get(long runId) {
        return jdbc.read(
                "read run " + runId,
                c -> Jdbc.queryFirst(
                        c, "SELECT " + COLUMNS + " FROM sync_run WHERE id = ?", JdbcSyncRuns::run, runId));
    }

    @Override
    public List<SyncRun> recent(String routeId, int limit) {
        return jdbc.read("read recent runs", c -> routeId == null
                ? Jdbc.query(
                        c,
                        "SELECT " + COLUMNS + " FROM sync_run ORDER BY started_at DESC, id DESC LIMIT ?",
                        JdbcSyncRuns::run,
                        limit)
                : Jdbc.query(
                        c,
                        "SELECT " + COLUMNS + " FROM sync_run WHERE route_id = ?"
                                + " ORDER BY started_at DESC, id DESC LIMIT ?",
                        JdbcSyncRuns::run,
                        routeId,
                        limit));
    }

    private void updateOne(String what, String sql, Object... params) {
        int updated = jdbc.inTransaction(what, c -> Jdbc.update(c, sql, params));
        if (updated == 0) {
            throw new StateStoreException("Could not " + what + ": no such run");
        }
    }

    private static SyncRun run(ResultSet rs) throws SQLException {
        return new SyncRun(
                rs.getLong("id"),
                rs.getString("route_id"),
                Jdbc.instant(rs, "started_at"),
                Jdbc.instant(rs, "ended_at"),
                new RunCounts(
                        rs.getLong("records_read"),
                        rs.getLong("records_created"),
                        rs.getLong("records_updated"),
                        rs.getLong("records_unchanged"),
                        rs.getLong("records_failed"),
                        rs.getLong("api_calls")),
                rs.getString("status"),
                rs.getString("error_text"));
    }
}
