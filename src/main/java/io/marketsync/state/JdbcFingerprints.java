package io.marketsync.state;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

final class JdbcFingerprints implements Fingerprints {

    /** Ids per {@code IN (...)} list: some databases and drivers refuse longer ones. */
    static final int IN_LIST_CHUNK = 1000;

    private final Jdbc jdbc;
    private final Clock clock;

    JdbcFingerprints(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<String, Fingerprint> find(String object, Collection<String> externalIds) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(externalIds));
        return jdbc.read("read fingerprints of " + object, c -> {
            Map<String, Fingerprint> found = new HashMap<>();
            for (int from = 0; from < ids.size(); from += IN_LIST_CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST_CHUNK));
                String sql = "SELECT sobject, external_id, content_hash, salesforce_id, last_written"
                        + " FROM record_fingerprint WHERE sobject = ? AND external_id IN ("
                        + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
                Object[] params = new Object[chunk.size() + 1];
                params[0] = object;
                for (int i = 0; i < chunk.size(); i++) {
                    params[i + 1] = chunk.get(i);
                }
                for (Fingerprint f : Jdbc.query(c, sql, JdbcFingerprints::fingerprint, params)) {
                    found.put(f.externalId(), f);
                }
            }
            return found;
        });
    }

    @Override
    public void delete(String object, String externalId) {
        jdbc.inTransaction(
                "delete the fingerprint of " + object + " " + externalId,
                c -> Jdbc.update(
                        c, "DELETE FROM record_fingerprint WHERE sobject = ? AND external_id = ?", object, externalId));
    }

    /** Upserts fingerprints inside the caller's transaction; of the same record, the last one given wins. */
    void write(Connection c, List<Fingerprint> fingerprints) throws SQLException {
        Map<List<String>, Object[]> rows = new LinkedHashMap<>();
        for (Fingerprint f : fingerprints) {
            rows.put(List.of(f.object(), f.externalId()), new Object[] {
                f.contentHash(),
                f.salesforceId(),
                f.lastWritten() == null ? clock.instant() : f.lastWritten(),
                f.object(),
                f.externalId()
            });
        }
        Jdbc.upsert(
                c,
                "UPDATE record_fingerprint SET content_hash = ?, salesforce_id = ?, last_written = ?"
                        + " WHERE sobject = ? AND external_id = ?",
                "INSERT INTO record_fingerprint (content_hash, salesforce_id, last_written, sobject, external_id)"
                        + " VALUES (?, ?, ?, ?, ?)",
                new ArrayList<>(rows.values()));
    }

    private static Fingerprint fingerprint(ResultSet rs) throws SQLException {
        return new Fingerprint(
                rs.getString("sobject"),
                rs.getString("external_id"),
                rs.getString("content_hash"),
                rs.getString("salesforce_id"),
                Jdbc.instant(rs, "last_written"));
    }
}
