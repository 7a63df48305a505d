package io.marketsync.salesforce;

import static io.marketsync.salesforce.OfferPages.LISTING;
import static io.marketsync.salesforce.OfferPages.OFFER;
import static io.marketsync.salesforce.OfferPages.listing;
import static io.marketsync.salesforce.OfferPages.offer;
import static io.marketsync.salesforce.OfferPages.offers;
import static org.assertj.core.api.Assertions.assertThat;

import io.marketsync.mapping.MappedRecord;
import io.marketsync.sandbox.salesforce.SimulatedSalesforce;
import io.marketsync.sandbox.salesforce.SimulatorCounters;
import io.marketsync.state.FailedRecord;
import io.marketsync.state.RunCounts;
import io.marketsync.state.StateStore;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code direct:salesforce-upsert} through camel-salesforce against the Salesforce simulator. */
class SalesforceSinkRouteTest {

    private static final String ROUTE = "aws-offers";

    @TempDir
    Path stateDir;

    private SimulatedSalesforce salesforce;
    private StateStore store;
    private SinkHarness sink;

    @BeforeEach
    void start() throws Exception {
        salesforce = SinkHarness.simulator();
        store = SinkHarness.store(stateDir);
        sink = SinkHarness.start(salesforce, store, Map.of(), "salesforce-sink.camel.yaml");
        sink.start();
    }

    @AfterEach
    void stop() {
        sink.close();
        store.close();
        salesforce.close();
    }

    @Test
    void createsParentsBeforeChildrenAndCommitsFingerprintsWithTheWatermark() {
        List<MappedRecord> page = new ArrayList<>(offers(3, "listing-1", ""));
        page.add(listing("listing-1", "Analytics Suite"));

        Exchange done = sink.upsert(ROUTE, page, Map.of(SinkExchange.WATERMARK, "2025-06-01T00:00:00Z"));

        assertThat(done.getException()).isNull();
        assertThat(counts(done)).isEqualTo(new RunCounts(4, 4, 0, 0, 0, 2));
        assertThat(done.getProperty(SinkExchange.API_CALLS, Long.class)).isEqualTo(2L);
        assertThat(idsOf(OFFER, "Offer_Id__c", "offer-0")).hasSize(1);
        assertThat(store.watermarks().get(ROUTE)).contains("2025-06-01T00:00:00Z");
        assertThat(store.fingerprints().find(OFFER, List.of("offer-0", "offer-1", "offer-2")))
                .hasSize(3);
    }

    @Test
    void sendsOnlyChangedRecordsAndAnIdenticalRunMakesNoWriteCall() {
        List<MappedRecord> first = new ArrayList<>(offers(3, "listing-1", ""));
        first.add(listing("listing-1", "Analytics Suite"));
        sink.upsert(ROUTE, first, Map.of());
        long writesAfterFirst = writeCalls();

        List<MappedRecord> second = new ArrayList<>(first);
        second.set(1, offer("offer-1", "Offer 1 renamed", "AWS", "listing-1"));
        Exchange updated = sink.upsert(ROUTE, second, Map.of());

        assertThat(counts(updated)).isEqualTo(new RunCounts(4, 0, 1, 3, 0, 1));
        assertThat(salesforce
                        .org()
                        .record(OFFER, idsOf(OFFER, "Offer_Id__c", "offer-1").get(0))
                        .orElseThrow())
                .containsEntry("Name", "Offer 1 renamed");
        long writesAfterSecond = writeCalls();
        assertThat(writesAfterSecond).isEqualTo(writesAfterFirst + 1);

        Exchange identical = sink.upsert(ROUTE, second, Map.of());

        assertThat(writeCalls()).isEqualTo(writesAfterSecond);
        assertThat(counts(identical)).isEqualTo(new RunCounts(4, 0, 0, 4, 0, 0));
    }

    @Test
    void badRecordsAreStoredWithTheirSalesforceCodesWhileGoodOnesLand() {
        sink.upsert(ROUTE, List.of(listing("listing-1", "Analytics Suite")), Map.of());
        List<MappedRecord> page = List.of(
                offer("good-1", "Good one", "AWS", "listing-1"),
                offer("too-long", "x".repeat(300), "AWS", "listing-1"),
                offer("bad-cloud", "Bad cloud", "Oracle Cloud", "listing-1"),
                offer("orphan", "No listing", "AWS", "listing-missing"),
                offer("good-2", "Good two", "Azure", "listing-1"));

        Exchange done = sink.upsert(ROUTE, page, Map.of(SinkExchange.WATERMARK, "w-2"));

        assertThat(done.getException()).isNull();
        assertThat(counts(done).created()).isEqualTo(2);
        assertThat(counts(done).failed()).isEqualTo(3);
        assertThat(idsOf(OFFER, "Offer_Id__c", "good-1")).hasSize(1);
        assertThat(idsOf(OFFER, "Offer_Id__c", "good-2")).hasSize(1);
        assertThat(store.failedRecords().list(ROUTE, 10))
                .extracting(FailedRecord::sourceKey, FailedRecord::errorCode)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("too-long", "STRING_TOO_LONG"),
                        org.assertj.core.groups.Tuple.tuple("bad-cloud", "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"),
                        org.assertj.core.groups.Tuple.tuple("orphan", missingParentCode()));
        assertThat(store.failedRecords().list(ROUTE, 10)).allSatisfy(f -> {
            assertThat(f.errorMessage()).isNotBlank();
            assertThat(f.mapping()).isEqualTo("aws/offer.yaml");
            assertThat(f.payload()).contains("\"Offer_Id__c\":\"" + f.sourceKey() + "\"");
        });
        assertThat(store.fingerprints().find(OFFER, List.of("good-1", "too-long")))
                .containsOnlyKeys("good-1");
        assertThat(store.watermarks().get(ROUTE)).contains("w-2");
    }

    @Test
    void failedRecordsAreSentAgainOnALaterRunAndResolved() {
        sink.upsert(ROUTE, List.of(offer("orphan", "Waits for its listing", "AWS", "listing-2")), Map.of());
        assertThat(store.failedRecords().count(ROUTE)).isEqualTo(1);

        sink.upsert("aws-listings", List.of(listing("listing-2", "Late listing")), Map.of());
        Exchange retry = sink.camel.createProducerTemplate().send("direct:salesforce-retry-failed", e -> e.getMessage()
                .setHeader(SinkExchange.ROUTE_ID, ROUTE));

        assertThat(retry.getException()).isNull();
        assertThat(store.failedRecords().count(ROUTE)).isZero();
        assertThat(idsOf(OFFER, "Offer_Id__c", "orphan")).hasSize(1);
        assertThat(counts(retry)).isEqualTo(new RunCounts(0, 1, 0, 0, 0, 1));
        assertThat(store.fingerprints().find(OFFER, List.of("orphan"))).containsOnlyKeys("orphan");
    }

    @Test
    void anOperatorRetriesARoutesFailedRecordsOverJmx() throws Exception {
        sink.upsert(ROUTE, List.of(offer("orphan", "Orphan offer", "AWS", "listing-3")), Map.of());
        sink.upsert("aws-listings", List.of(listing("listing-3", "Late listing")), Map.of());
        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> names =
                jmx.queryNames(new ObjectName("org.apache.camel:type=services,name=FailedRecordRetry*,*"), null);
        assertThat(names).hasSize(1);
        ObjectName retry = names.iterator().next();
        String[] signature = {String.class.getName()};

        assertThat(jmx.invoke(retry, "failedRecords", new Object[] {ROUTE}, signature))
                .isEqualTo(1);
        Object outcome = jmx.invoke(retry, "retryNow", new Object[] {ROUTE}, signature);

        assertThat(outcome)
                .isEqualTo("Retried 1 failed records of aws-offers: created 1, updated 0, unchanged 0,"
                        + " still failing 0");
        assertThat(idsOf(OFFER, "Offer_Id__c", "orphan")).hasSize(1);
    }

    @Test
    void fourHundredFiftyRecordsTakeExactlyThreeCollectionsCalls() {
        sink.upsert(ROUTE, List.of(listing("listing-1", "Analytics Suite")), Map.of());
        long before = salesforce.counters().get(SimulatorCounters.COLLECTIONS);

        Exchange done = sink.upsert(ROUTE, offers(450, "listing-1", ""), Map.of());

        assertThat(salesforce.counters().get(SimulatorCounters.COLLECTIONS) - before)
                .isEqualTo(3);
        assertThat(counts(done)).isEqualTo(new RunCounts(450, 450, 0, 0, 0, 3));
    }

    @Test
    void fiveThousandRecordsGoAsOneBulkJobWithResultsPerRecord() {
        sink.upsert(ROUTE, List.of(listing("listing-1", "Analytics Suite")), Map.of());
        long collections = salesforce.counters().get(SimulatorCounters.COLLECTIONS);
        List<MappedRecord> page = new ArrayList<>(offers(5000, "listing-1", ""));
        page.set(17, offer("offer-17", "x".repeat(300), "AWS", "listing-1"));

        Exchange done = sink.upsert(ROUTE, page, Map.of());

        assertThat(done.getException()).isNull();
        assertThat(salesforce.counters().get(SimulatorCounters.BULK_JOBS)).isEqualTo(1);
        assertThat(salesforce.counters().get(SimulatorCounters.COLLECTIONS)).isEqualTo(collections);
        assertThat(counts(done).created()).isEqualTo(4999);
        assertThat(counts(done).failed()).isEqualTo(1);
        assertThat(store.failedRecords().list(ROUTE, 10)).singleElement().satisfies(f -> {
            assertThat(f.sourceKey()).isEqualTo("offer-17");
            assertThat(f.errorCode()).isEqualTo("STRING_TOO_LONG");
        });
        assertThat(idsOf(OFFER, "Offer_Id__c", "offer-4999")).hasSize(1);
        assertThat(store.fingerprints().find(OFFER, List.of("offer-0", "offer-4999")))
                .hasSize(2);
    }

    @Test
    void aBulkJobThatOutlastsItsTimeoutFailsThePageAndCommitsNothing() throws Exception {
        sink.close();
        sink = SinkHarness.start(
                salesforce,
                store,
                Map.of("marketsync.salesforce.bulk-threshold", "10", "marketsync.salesforce.bulk.timeout", "0"),
                "salesforce-sink.camel.yaml");
        sink.start();
        sink.upsert(ROUTE, List.of(listing("listing-1", "Analytics Suite")), Map.of());

        Exchange done =
                sink.upsert(ROUTE, offers(20, "listing-1", ""), Map.of(SinkExchange.WATERMARK, "2025-07-01T00:00:00Z"));

        assertThat(done.getException()).hasMessageContaining("marketsync.salesforce.bulk.timeout");
        assertThat(salesforce.counters().get(SimulatorCounters.BULK_JOBS)).isEqualTo(1);
        assertThat(store.watermarks().get(ROUTE)).isEmpty();
        assertThat(store.fingerprints().find(OFFER, List.of("offer-0"))).isEmpty();
    }

    @Test
    void expiredSessionMidRunIsRenewedByCamelAndNothingIsLost() {
        sink.upsert(ROUTE, List.of(listing("listing-1", "Analytics Suite")), Map.of());

        salesforce.faults().expireSessions();
        Exchange done = sink.upsert(ROUTE, offers(250, "listing-1", ""), Map.of());

        assertThat(done.getException()).isNull();
        assertThat(counts(done).created()).isEqualTo(250);
        assertThat(idsOf(OFFER, "Offer_Id__c", "offer-249")).hasSize(1);
    }

    @Test
    void aBurstOf503IsRetriedWithBackoffAndNothingIsLost() {
        sink.upsert(ROUTE, List.of(listing("listing-1", "Analytics Suite")), Map.of());

        salesforce.faults().unavailableFor(3);
        Exchange done = sink.upsert(ROUTE, offers(250, "listing-1", ""), Map.of());

        assertThat(done.getException()).isNull();
        assertThat(counts(done).created()).isEqualTo(250);
        assertThat(store.failedRecords().count(ROUTE)).isZero();
    }

    @Test
    void lockedRowsAreRetriedUntilTheLockIsReleased() throws Exception {
        sink.upsert(ROUTE, List.of(listing("listing-1", "Analytics Suite")), Map.of());
        long before = salesforce.counters().get(SimulatorCounters.COLLECTIONS);
        salesforce.faults().lockRows(OFFER);

        CompletableFuture<Exchange> run =
                CompletableFuture.supplyAsync(() -> sink.upsert(ROUTE, offers(5, "listing-1", ""), Map.of()));
        SinkHarness.await(
                "a write to meet the locked rows",
                () -> salesforce.counters().get(SimulatorCounters.COLLECTIONS) > before);
        salesforce.faults().releaseRows(OFFER);
        Exchange done = run.get();

        assertThat(done.getException()).isNull();
        assertThat(counts(done).created()).isEqualTo(5);
        assertThat(store.failedRecords().count(ROUTE)).isZero();
    }

    @Test
    void aCallFailingAfterItsRetriesFailsThePageAndCommitsNothing() {
        salesforce.faults().unavailableFor(100);

        Exchange done = sink.upsert(
                ROUTE, List.of(listing("listing-1", "Analytics Suite")), Map.of(SinkExchange.WATERMARK, "never"));

        assertThat(done.getException()).isNotNull();
        assertThat(store.watermarks().get(ROUTE)).isEmpty();
        assertThat(store.fingerprints().find(LISTING, List.of("listing-1"))).isEmpty();
    }

    private long writeCalls() {
        return salesforce.counters().get(SimulatorCounters.COLLECTIONS)
                + salesforce.counters().get(SimulatorCounters.BULK_JOBS)
                + salesforce.counters().get(SimulatorCounters.WRITES);
    }

    private List<String> idsOf(String object, String field, String value) {
        return salesforce.org().idsWhere(object, field, value);
    }

    private static RunCounts counts(Exchange exchange) {
        return exchange.getProperty(SinkExchange.PAGE_COUNTS, RunCounts.class);
    }

    private String missingParentCode() {
        return "INVALID_FIELD";
    }
}
