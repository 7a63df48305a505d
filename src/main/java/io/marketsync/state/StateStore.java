package io.marketsync.state;

/**
 * The JDBC state store: watermarks, fingerprints, sync runs, failed records, replay ids and
 * credentials, in one Flyway-migrated schema (embedded H2 by default, PostgreSQL in production).
 */
public interface StateStore extends AutoCloseable {

    Watermarks watermarks();

    Fingerprints fingerprints();

    SyncRuns runs();

    FailedRecords failedRecords();

    ReplayIds replayIds();

    Credentials credentials();

    /** Writes a page's watermark, fingerprints and resolved failures in one transaction. */
    void commitPage(PageCommit commit);

    @Override
    void close();
}
