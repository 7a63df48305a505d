package io.marketsync.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketsync.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state store's behaviour, run against every database it supports by one subclass each. */
abstract class AbstractStateStoreTest {

    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(T0);
    private final List<StateStore> opened = new ArrayList<>();
    StateStoreConfig config;

    /** A configuration on an empty database, its key file under {@code dir}. */
    abstract StateStoreConfig emptyDatabase(Path dir) throws Exception;

    /** Removes what {@link #emptyDatabase} created outside {@code dir}. */
    abstract void dropDatabase() throws Exception;

    @BeforeEach
    void createDatabase() throws Exception {
        config = emptyDatabase(dir);
    }

    @AfterEach
    void closeAndDrop() throws Exception {
        opened.forEach(StateStore::close);
        dropDatabase();
    }

    StateStore open(StateStoreConfig c) {
        StateStore store = JdbcStateStore.open(c, clock);
        opened.add(store);
        return store;
    }

    StateStore open() {
        return open(config);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(config.url(), config.user(), config.password());
    }

    static StateStoreConfig withSecretKey(StateStoreConfig c, String secretKey) {
        return new StateStoreConfig(c.url(), c.user(), c.password(), c.secretKeyFile(), secretKey, c.retryPolicy());
    }

    static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    // --- migrations -------------------------------------------------------------------------------------

    @Test
    void migratesAnEmptyDatabaseToVersion1WithEveryTable() throws Exception {
        open();

        Flyway flyway = Flyway.configure()
                .dataSource(config.url(), config.user(), config.password())
                .load();
        assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo("1");
        assertThat(flyway.info().pending()).isEmpty();
        try (Connection c = connect()) {
            DatabaseMetaData meta = c.getMetaData();
            Set<String> tables = new HashSet<>();
            try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            assertThat(tables)
                    .contains(
                            "watermark", "record_fingerprint", "sync_run", "failed_record", "replay_id", "credential");
        }
    }

    @Test
    void openingAnUpToDateDatabaseAppliesNothingAndKeepsState() {
        open().watermarks().set("aws-agreements", "2025-03-01T00:00:00Z");
        StateStore again = open();

        assertThat(again.watermarks().get("aws-agreements")).contains("2025-03-01T00:00:00Z");
    }

    // --- watermarks -------------------------------------------------------------------------------------

    @Test
    void watermarkIsSetReplacedAndReset() {
        Watermarks watermarks = open().watermarks();
        assertThat(watermarks.get("aws-offers")).isEmpty();

        watermarks.set("aws-offers", "2025-02-01T00:00:00Z");
        watermarks.set("aws-offers", "2025-02-02T00:00:00Z");
        watermarks.set("gcp-entitlements", "token-abc");

        assertThat(watermarks.get("aws-offers")).contains("2025-02-02T00:00:00Z");
        assertThat(watermarks.get("gcp-entitlements")).contains("token-abc");
        watermarks.reset("aws-offers");
        assertThat(watermarks.get("aws-offers")).isEmpty();
        assertThat(watermarks.get("gcp-entitlements")).contains("token-abc");
    }

    @Test
    void concurrentFirstWritesOfOneWatermarkLeaveOneRow() throws Exception {
        StateStore store = open();

        runConcurrently(8, i -> store.watermarks().set("azure-subscriptions", "value-" + i));

        assertThat(store.watermarks().get("azure-subscriptions"))
                .get()
                .asString()
                .startsWith("value-");
        assertThat(countRows("SELECT COUNT(*) FROM watermark")).isEqualTo(1);
    }

    // --- fingerprints -----------------------------------------------------------------------------------

    @Test
    void findsFingerprintsOfManyIdsAcrossInListChunks() {
        StateStore store = open();
        int n = JdbcFingerprints.IN_LIST_CHUNK * 2 + 500;
        List<Fingerprint> written = IntStream.range(0, n)
                .mapToObj(i -> new Fingerprint(
                        "Marketplace_Agreement__c", "agmt-" + i, "hash-" + i, "a0B000000000" + (100000 + i), T0))
                .toList();
        store.commitPage(new PageCommit("aws-agreements", null, written, List.of()));

        List<String> asked = new ArrayList<>();
        IntStream.range(0, n).filter(i -> i % 2 == 0).forEach(i -> asked.add("agmt-" + i));
        asked.add("agmt-missing");
        Map<String, Fingerprint> found = store.fingerprints().find("Marketplace_Agreement__c", asked);

        assertThat(found).hasSize(asked.size() - 1).doesNotContainKey("agmt-missing");
        assertThat(found.get("agmt-2000"))
                .isEqualTo(new Fingerprint(
                        "Marketplace_Agreement__c", "agmt-2000", "hash-2000", "a0B000000000102000", T0));
        assertThat(store.fingerprints().find("Account", asked)).isEmpty();
        assertThat(store.fingerprints().find("Marketplace_Agreement__c", List.of()))
                .isEmpty();
    }

    @Test
    void fingerprintIsReplacedAndDeleted() {
        StateStore store = open();
        store.commitPage(page("r", null, fingerprint("agmt-1", "h1")));
        clock.advance(Duration.ofMinutes(5));
        store.commitPage(page("r", null, fingerprint("agmt-1", "h2")));

        assertThat(store.fingerprints().find("Marketplace_Agreement__c", List.of("agmt-1")))
                .extractingByKey("agmt-1")
                .extracting(Fingerprint::contentHash, Fingerprint::lastWritten)
                .containsExactly("h2", T0.plus(Duration.ofMinutes(5)));

        store.fingerprints().delete("Marketplace_Agreement__c", "agmt-1");
        assertThat(store.fingerprints().find("Marketplace_Agreement__c", List.of("agmt-1")))
                .isEmpty();
    }

    // --- pages ------------------------------------------------------------------------------------------

    @Test
    void commitPageWritesWatermarkFingerprintsAndResolvesFailures() {
        StateStore store = open();
        store.failedRecords().record(failure("aws-agreements", "agmt-1"));
        store.failedRecords().record(failure("aws-agreements", "agmt-9"));

        store.commitPage(new PageCommit(
                "aws-agreements",
                "page-2",
                List.of(fingerprint("agmt-1", "h1"), fingerprint("agmt-2", "h2")),
                List.of(new PageCommit.ResolvedFailure("aws/agreement.yaml", "agmt-1"))));

        assertThat(store.watermarks().get("aws-agreements")).contains("page-2");
        assertThat(store.fingerprints().find("Marketplace_Agreement__c", List.of("agmt-1", "agmt-2")))
                .containsOnlyKeys("agmt-1", "agmt-2");
        assertThat(store.failedRecords().list("aws-agreements", 10))
                .extracting(FailedRecord::sourceKey)
                .containsExactly("agmt-9");
    }

    @Test
    void commitPageWithoutWatermarkLeavesTheStoredOne() {
        StateStore store = open();
        store.watermarks().set("r", "w1");

        store.commitPage(page("r", null, fingerprint("agmt-1", "h1")));

        assertThat(store.watermarks().get("r")).contains("w1");
    }

    @Test
    void aFailureBetweenSalesforceWriteAndCommitLeavesTheOldWatermark() {
        StateStore store = open();
        store.commitPage(page("aws-agreements", "w1", fingerprint("agmt-1", "h1")));
        store.failedRecords().record(failure("aws-agreements", "agmt-1"));
        // Salesforce ids are 18 characters: the second fingerprint breaks the column constraint mid-transaction.
        Fingerprint broken = new Fingerprint("Marketplace_Agreement__c", "agmt-2", "h2", "a0B0000000001AAAAAXXX", T0);

        assertThatThrownBy(() -> store.commitPage(new PageCommit(
                        "aws-agreements",
                        "w2",
                        List.of(fingerprint("agmt-1", "h1-new"), broken, fingerprint("agmt-3", "h3")),
                        List.of(new PageCommit.ResolvedFailure("aws/agreement.yaml", "agmt-1")))))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining("aws-agreements");

        assertThat(store.watermarks().get("aws-agreements")).contains("w1");
        Map<String, Fingerprint> stored =
                store.fingerprints().find("Marketplace_Agreement__c", List.of("agmt-1", "agmt-2", "agmt-3"));
        assertThat(stored).containsOnlyKeys("agmt-1");
        assertThat(stored.get("agmt-1").contentHash()).isEqualTo("h1");
        assertThat(store.failedRecords().count("aws-agreements")).isEqualTo(1);
    }

    @Test
    void concurrentPagesWritingTheSameNewFingerprintsAllCommit() throws Exception {
        StateStore store = open();
        List<Fingerprint> fingerprints = IntStream.range(0, 50)
                .mapToObj(i -> fingerprint("agmt-" + i, "h" + i))
                .toList();

        runConcurrently(8, i -> store.commitPage(new PageCommit("r", "w" + i, fingerprints, List.of())));

        assertThat(countRows("SELECT COUNT(*) FROM record_fingerprint")).isEqualTo(50);
    }

    // --- sync runs --------------------------------------------------------------------------------------

    @Test
    void syncRunIsStartedNotedFinishedAndListedNewestFirst() {
        SyncRuns runs = open().runs();
        long first = runs.start("aws-agreements");
        assertThat(runs.get(first))
                .get()
                .extracting(SyncRun::status, SyncRun::started, SyncRun::ended, SyncRun::counts)
                .containsExactly(SyncRun.RUNNING, T0, null, RunCounts.ZERO);

        clock.advance(Duration.ofSeconds(42));
        runs.note(first, "paused by the API budget governor");
        RunCounts counts = new RunCounts(120, 10, 20, 85, 5, 3);
        runs.finish(first, counts, SyncRun.PARTIAL, "5 records rejected");
        clock.advance(Duration.ofMinutes(1));
        long second = runs.start("gcp-entitlements");
        long third = runs.start("aws-agreements");

        SyncRun finished = runs.get(first).orElseThrow();
        assertThat(finished.counts()).isEqualTo(counts);
        assertThat(finished.status()).isEqualTo(SyncRun.PARTIAL);
        assertThat(finished.ended()).isEqualTo(T0.plusSeconds(42));
        assertThat(finished.error()).isEqualTo("paused by the API budget governor; 5 records rejected");
        assertThat(runs.recent("aws-agreements", 10)).extracting(SyncRun::id).containsExactly(third, first);
        assertThat(runs.recent(null, 2)).extracting(SyncRun::id).containsExactly(third, second);
        assertThat(runs.get(-1)).isEmpty();
    }

    @Test
    void finishingWithoutErrorKeepsNotesAndUnknownRunIsAnError() {
        SyncRuns runs = open().runs();
        long run = runs.start("r");
        runs.finish(run, RunCounts.ZERO, SyncRun.SUCCEEDED, null);
        assertThat(runs.get(run).orElseThrow().error()).isNull();

        runs.note(run, "late note");
        runs.finish(run, RunCounts.ZERO, SyncRun.SUCCEEDED, null);
        assertThat(runs.get(run).orElseThrow().error()).isEqualTo("late note");

        assertThatThrownBy(() -> runs.finish(run + 1000, RunCounts.ZERO, SyncRun.FAILED, "x"))
                .isInstanceOf(StateStoreException.class)
                .hasMessageContaining("no such run");
    }

    // --- failed records ---------------------------------------------------------------------------------

    @Test
    void recordingAFailureAgainBumpsAttemptsAndBacksOff() {
        FailedRecords failed = open().failedRecords();
        failed.record(failure("aws-agreements", "agmt-1"));
        FailedRecord first = failed.list("aws-agreements", 10).get(0);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.firstFailed()).isEqualTo(T0);
        assertThat(first.nextRetry()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(first.payload()).isEqualTo("{\"agreementId\":\"agmt-1\"}");

        clock.advance(Duration.ofMinutes(1));
        Instant t1 = clock.instant();
        failed.record(FailedRecord.of(
                "aws-agreements", "aws/agreement.yaml", "agmt-1", "{\"v\":2}", "STRING_TOO_LONG", "Name: too long"));
        FailedRecord second = failed.list("aws-agreements", 10).get(0);

        assertThat(failed.count("aws-agreements")).isEqualTo(1);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.firstFailed()).isEqualTo(T0);
        assertThat(second.lastFailed()).isEqualTo(t1);
        assertThat(second.nextRetry()).isEqualTo(t1.plus(Duration.ofMinutes(2)));
        assertThat(second.errorCode()).isEqualTo("STRING_TOO_LONG");
        assertThat(second.errorMessage()).isEqualTo("Name: too long");
        assertThat(second.payload()).isEqualTo("{\"v\":2}");

        for (int i = 0; i < 20; i++) {
            failed.record(failure("aws-agreements", "agmt-1"));
        }
        FailedRecord many = failed.list("aws-agreements", 10).get(0);
        assertThat(many.attempts()).isEqualTo(22);
        assertThat(many.nextRetry()).isEqualTo(t1.plus(Duration.ofHours(6)));
    }

    @Test
    void dueFailuresAreThoseWhoseRetryTimeCameOldestFirst() {
        FailedRecords failed = open().failedRecords();
        failed.record(failure("aws-agreements", "agmt-old"));
        clock.advance(Duration.ofSeconds(10));
        failed.record(failure("aws-agreements", "agmt-new"));
        failed.record(failure("aws-agreements", "agmt-new"));
        failed.record(failure("gcp-entitlements", "ent-1"));

        assertThat(failed.due("aws-agreements", T0.plusSeconds(30), 10)).isEmpty();
        assertThat(failed.due("aws-agreements", T0.plus(Duration.ofMinutes(1)), 10))
                .extracting(FailedRecord::sourceKey)
                .containsExactly("agmt-old");
        assertThat(failed.due("aws-agreements", T0.plus(Duration.ofMinutes(3)), 10))
                .extracting(FailedRecord::sourceKey)
                .containsExactly("agmt-old", "agmt-new");
        assertThat(failed.due("aws-agreements", T0.plus(Duration.ofMinutes(3)), 1))
                .extracting(FailedRecord::sourceKey)
                .containsExactly("agmt-old");
        assertThat(failed.list(null, 10))
                .extracting(FailedRecord::sourceKey)
                .containsExactlyInAnyOrder("agmt-old", "agmt-new", "ent-1");
    }

    @Test
    void resolvedFailureIsGoneAndCountsFollow() {
        FailedRecords failed = open().failedRecords();
        failed.record(failure("aws-agreements", "agmt-1"));
        failed.record(failure("aws-agreements", "agmt-2"));
        failed.record(FailedRecord.of("aws-agreements", "aws/other.yaml", "agmt-1", "{}", "MAPPING_ERROR", "x"));
        assertThat(failed.count("aws-agreements")).isEqualTo(3);

        failed.resolve("aws-agreements", "aws/agreement.yaml", "agmt-1");

        assertThat(failed.count("aws-agreements")).isEqualTo(2);
        assertThat(failed.list("aws-agreements", 10))
                .extracting(FailedRecord::mapping, FailedRecord::sourceKey)
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("aws/agreement.yaml", "agmt-1"));
        assertThat(failed.count("nobody")).isZero();
    }

    @Test
    void concurrentFailuresOfOneRecordCountEveryAttempt() throws Exception {
        StateStore store = open();

        runConcurrently(8, i -> {
            for (int k = 0; k < 5; k++) {
                store.failedRecords().record(failure("aws-agreements", "agmt-1"));
            }
        });

        assertThat(store.failedRecords().count("aws-agreements")).isEqualTo(1);
        assertThat(store.failedRecords().list("aws-agreements", 1).get(0).attempts())
                .isEqualTo(40);
    }

    // --- replay ids -------------------------------------------------------------------------------------

    @Test
    void replayIdIsStoredPerChannelAndReset() {
        ReplayIds replayIds = open().replayIds();
        assertThat(replayIds.get("/data/OpportunityChangeEvent")).isEmpty();

        replayIds.set("/data/OpportunityChangeEvent", 41);
        replayIds.set("/data/OpportunityChangeEvent", 42);
        replayIds.set("/event/MarketSync_Cosell_Action__e", 7_000_000_000L);

        assertThat(replayIds.get("/data/OpportunityChangeEvent")).contains(42L);
        assertThat(replayIds.get("/event/MarketSync_Cosell_Action__e")).contains(7_000_000_000L);
        replayIds.reset("/data/OpportunityChangeEvent");
        assertThat(replayIds.get("/data/OpportunityChangeEvent")).isEmpty();
    }

    // --- credentials ------------------------------------------------------------------------------------

    @Test
    void credentialRoundTripsAndIsEncryptedAtRest() throws Exception {
        Credentials credentials = open().credentials();
        String secret = "5Aep861TSESvWeug_refresh-token-ÄÖ";

        credentials.put("salesforce.refreshToken", secret);
        assertThat(credentials.get("salesforce.refreshToken")).contains(secret);
        credentials.put("salesforce.refreshToken", secret + "-rotated");
        assertThat(credentials.get("salesforce.refreshToken")).contains(secret + "-rotated");
        assertThat(credentials.get("azure.clientSecret")).isEmpty();

        try (Connection c = connect();
                ResultSet rs = c.createStatement().executeQuery("SELECT iv, ciphertext FROM credential")) {
            assertThat(rs.next()).isTrue();
            byte[] ciphertext = rs.getBytes("ciphertext");
            assertThat(rs.getBytes("iv")).hasSize(12);
            // ciphertext = encrypted text + 16-byte tag, and none of the plaintext shows through
            assertThat(ciphertext).hasSize((secret + "-rotated").getBytes(StandardCharsets.UTF_8).length + 16);
            assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1)).doesNotContain("refresh-token");
        }
    }

    @Test
    void deletingACredentialIsImmediate() throws Exception {
        Credentials credentials = open().credentials();
        credentials.put("azure.clientSecret", "s3cr3t");

        credentials.delete("azure.clientSecret");

        assertThat(credentials.get("azure.clientSecret")).isEmpty();
        assertThat(countRows("SELECT COUNT(*) FROM credential")).isZero();
    }

    @Test
    void keyFileIsCreatedOwnerOnlyOnFirstStartAndReused() throws Exception {
        open().credentials().put("gcp.serviceAccountKey", "private-key-material");
        Path keyFile = config.secretKeyFile();

        assertThat(keyFile).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                .isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(keyFile).trim())).hasSize(32);
        String key = Files.readString(keyFile);

        assertThat(open().credentials().get("gcp.serviceAccountKey")).contains("private-key-material");
        assertThat(Files.readString(keyFile)).isEqualTo(key);
    }

    @Test
    void wrongKeyIsAClearErrorWithoutTheSecret() {
        String rightKey = randomKey();
        String wrongKey = randomKey();
        open(withSecretKey(config, rightKey)).credentials().put("salesforce.clientSecret", "very-secret-value");

        Credentials withWrongKey = open(withSecretKey(config, wrongKey)).credentials();

        assertThatThrownBy(() -> withWrongKey.get("salesforce.clientSecret"))
                .isInstanceOf(SecretKeyMismatchException.class)
                .hasMessageContaining("salesforce.clientSecret")
                .hasMessageContaining("secret key")
                .hasMessageNotContaining("very-secret-value")
                .hasMessageNotContaining(rightKey)
                .hasMessageNotContaining(wrongKey);
        assertThat(open(withSecretKey(config, rightKey)).credentials().get("salesforce.clientSecret"))
                .contains("very-secret-value");
    }

    @Test
    void credentialMovedToAnotherNameDoesNotDecrypt() throws Exception {
        Credentials credentials = open().credentials();
        credentials.put("a", "secret-a");
        credentials.put("b", "secret-b");
        try (Connection c = connect()) {
            c.createStatement()
                    .executeUpdate(
                            "UPDATE credential SET ciphertext = (SELECT ciphertext FROM credential WHERE name = 'a'),"
                                    + " iv = (SELECT iv FROM credential WHERE name = 'a') WHERE name = 'b'");
        }

        assertThatThrownBy(() -> credentials.get("b")).isInstanceOf(SecretKeyMismatchException.class);
    }

    // --- helpers ----------------------------------------------------------------------------------------

    static Fingerprint fingerprint(String externalId, String hash) {
        return new Fingerprint("Marketplace_Agreement__c", externalId, hash, "a0B000000000001AAA", null);
    }

    static PageCommit page(String routeId, String watermark, Fingerprint... fingerprints) {
        return new PageCommit(routeId, watermark, List.of(fingerprints), List.of());
    }

    static FailedRecord failure(String routeId, String sourceKey) {
        return FailedRecord.of(
                routeId,
                "aws/agreement.yaml",
                sourceKey,
                "{\"agreementId\":\"" + sourceKey + "\"}",
                "REQUIRED_FIELD_MISSING",
                "Required fields are missing: [Name]");
    }

    long countRows(String sql) throws SQLException {
        try (Connection c = connect();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @FunctionalInterface
    interface Task {
        void run(int index) throws Exception;
    }

    /** Starts {@code threads} tasks together and waits for all; any task's failure fails the test. */
    static void runConcurrently(int threads, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int index = i;
                Callable<Void> c = () -> {
                    start.await();
                    task.run(index);
                    return null;
                };
                futures.add(pool.submit(c));
            }
            start.countDown();
            for (Future<Void> f : futures) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
