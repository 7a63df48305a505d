package io.marketsync.state;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The state store on a HikariCP pool, its schema migrated by Flyway from {@code db/migration} when opened. */
public final class JdbcStateStore implements StateStore {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStateStore.class);
    private static final int POOL_SIZE = 5;

    private final HikariDataSource dataSource;
    private final Jdbc jdbc;
    private final JdbcWatermarks watermarks;
    private final JdbcFingerprints fingerprints;
    private final JdbcSyncRuns runs;
    private final JdbcFailedRecords failedRecords;
    private final JdbcReplayIds replayIds;
    private final JdbcCredentials credentials;

    private JdbcStateStore(HikariDataSource dataSource, CredentialCipher cipher, RetryPolicy retryPolicy, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = new Jdbc(dataSource);
        this.watermarks = new JdbcWatermarks(jdbc, clock);
        this.fingerprints = new JdbcFingerprints(jdbc, clock);
        this.runs = new JdbcSyncRuns(jdbc, clock);
        this.failedRecords = new JdbcFailedRecords(jdbc, clock, retryPolicy);
        this.replayIds = new JdbcReplayIds(jdbc, clock);
        this.credentials = new JdbcCredentials(jdbc, clock, cipher);
    }

    /** Opens the store on the system clock, migrating its schema to the latest version. */
    public static StateStore open(StateStoreConfig config) {
        return open(config, Clock.systemUTC());
    }

    /** Opens the store with the clock it stamps times and computes retries with. */
    public static StateStore open(StateStoreConfig config, Clock clock) {
        CredentialCipher cipher = new CredentialCipher(SecretKeys.load(config));
        HikariDataSource dataSource = pool(config);
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load();
            MigrateResult result = flyway.migrate();
            MigrationInfo current = flyway.info().current();
            LOG.info(
                    "State store {}: schema version {}, {} migration(s) applied",
                    config.maskedUrl(),
                    current == null ? "none" : current.getVersion(),
                    result.migrationsExecuted);
            return new JdbcStateStore(dataSource, cipher, config.retryPolicy(), clock);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e instanceof StateStoreException
                    ? e
                    : new StateStoreException("Could not open the state store at " + config.maskedUrl(), e);
        }
    }

    private static HikariDataSource pool(StateStoreConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("marketsync-state");
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(POOL_SIZE);
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new StateStoreException("Could not connect to the state store at " + config.maskedUrl(), e);
        }
    }

    @Override
    public Watermarks watermarks() {
        return watermarks;
    }

    @Override
    public Fingerprints fingerprints() {
        return fingerprints;
    }

    @Override
    public SyncRuns runs() {
        return runs;
    }

    @Override
    public FailedRecords failedRecords() {
        return failedRecords;
    }

    @Override
    public ReplayIds replayIds() {
        return replayIds;
    }

    @Override
    public Credentials credentials() {
        return credentials;
    }

    @Override
    public void commitPage(PageCommit commit) {
        jdbc.inTransaction("commit a page of route " + commit.routeId(), c -> {
            if (commit.watermark() != null) {
                watermarks.write(c, commit.routeId(), commit.watermark());
            }
            fingerprints.write(c, commit.fingerprints());
            for (PageCommit.ResolvedFailure resolved : commit.resolved()) {
                failedRecords.delete(c, commit.routeId(), resolved.mapping(), resolved.sourceKey());
            }
            return null;
        });
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
