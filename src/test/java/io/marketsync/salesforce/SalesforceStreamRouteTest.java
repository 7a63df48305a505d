package io.marketsync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketsync.sandbox.salesforce.SimulatedSalesforce;
import io.marketsync.state.StateStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routes made from the {@code salesforce-stream} template, consuming Change Data Capture from the simulator. */
class SalesforceStreamRouteTest {

    private static final String CHANNEL = "/data/OpportunityChangeEvent";
    private static final String STREAM_ROUTE = "cosell-opportunity-changes";

    @TempDir
    Path stateDir;

    private final BlockingQueue<Exchange> received = new LinkedBlockingQueue<>();
    private SimulatedSalesforce salesforce;
    private StateStore store;
    private SinkHarness app;

    @BeforeEach
    void start() throws Exception {
        salesforce = SinkHarness.simulator();
        store = SinkHarness.store(stateDir);
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        store.close();
        salesforce.close();
    }

    @Test
    void receivesTheChangeEventOfARestUpdateWithItsHeaders() throws Exception {
        app = startStream();
        String id = createOpportunity("Marketplace deal");
        subscribed(id);

        updateStage(id, "Closed Won");

        Exchange event = nextWithStage("Closed Won");
        assertThat(event.getFromRouteId()).isEqualTo(STREAM_ROUTE);
        assertThat(app.camel.getRoute(STREAM_ROUTE).getGroup()).isEqualTo("cosell");
        assertThat(event.getMessage().getHeaders())
                .containsEntry("CamelSalesforceEntityName", "Opportunity")
                .containsEntry("CamelSalesforceChannel", CHANNEL)
                .containsEntry("CamelSalesforceRecordIds", List.of(id))
                .doesNotContainKey(SinkExchange.EVENTS_MISSED);
        assertThat(event.getMessage().getBody(Map.class)).containsEntry("StageName", "Closed Won");
        long replayId = event.getMessage().getHeader("CamelSalesforceReplayId", Long.class);
        SinkHarness.await(
                "the replay id stored", () -> store.replayIds().get(CHANNEL).equals(java.util.Optional.of(replayId)));
    }

    @Test
    void afterARestartWithTheStoredReplayIdOnlyLaterEventsArrive() throws Exception {
        app = startStream();
        String id = createOpportunity("Marketplace deal");
        subscribed(id);
        updateStage(id, "Proposal/Price Quote");
        long processed =
                nextWithStage("Proposal/Price Quote").getMessage().getHeader("CamelSalesforceReplayId", Long.class);
        SinkHarness.await(
                "the replay id stored", () -> store.replayIds().get(CHANNEL).orElse(0L) == processed);
        app.close();

        // changed while MarketSync is down
        salesforce
                .org()
                .update(
                        "Opportunity",
                        id,
                        Map.of("StageName", "Negotiation/Review"),
                        salesforce.integrationUser().id());
        app = startStream();

        Exchange first = next();
        assertThat(first.getMessage().getHeader("CamelSalesforceChangeType")).isEqualTo("UPDATE");
        assertThat(first.getMessage().getHeader("CamelSalesforceReplayId", Long.class))
                .isGreaterThan(processed);
        assertThat(first.getMessage().getBody(Map.class)).containsEntry("StageName", "Negotiation/Review");
    }

    @Test
    void aRefusedReplayIdFallsBackAndFlagsThatEventsMayHaveBeenMissed() throws Exception {
        store.replayIds().set(CHANNEL, 999_999_999L);
        app = startStream();
        StreamGaps gaps = app.camel.getRegistry().lookupByNameAndType(SalesforceBeans.STREAM_GAPS, StreamGaps.class);

        String id = createOpportunity("Marketplace deal");
        Exchange event = subscribed(id);

        assertThat(gaps.missedEvents(CHANNEL)).isTrue();
        assertThat(event.getMessage().getHeader(SinkExchange.EVENTS_MISSED, Boolean.class))
                .isTrue();
        gaps.caughtUp(CHANNEL);
        assertThat(gaps.missedEvents(CHANNEL)).isFalse();
    }

    private SinkHarness startStream() throws Exception {
        SinkHarness harness = SinkHarness.start(salesforce, store, Map.of(), "templates/salesforce-stream.camel.yaml");
        harness.camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:opportunity-changed").routeId("collect").process(received::add);
            }
        });
        TemplatedRouteBuilder.builder(harness.camel, "salesforce-stream")
                .routeId(STREAM_ROUTE)
                .parameter("channel", CHANNEL)
                .parameter("target", "direct:opportunity-changed")
                .add();
        harness.start();
        return harness;
    }

    private String createOpportunity(String name) {
        String json = app.camel
                .createProducerTemplate()
                .requestBody(
                        "salesforce:createSObject?sObjectName=Opportunity&rawPayload=true",
                        "{\"Name\":\"" + name + "\",\"StageName\":\"Prospecting\",\"CloseDate\":\"2026-12-31\"}",
                        String.class);
        return json.replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    private void updateStage(String id, String stage) {
        update(id, "StageName", stage);
    }

    private void update(String id, String field, String value) {
        app.camel
                .createProducerTemplate()
                .requestBody(
                        "salesforce:updateSObject?sObjectName=Opportunity&rawPayload=true&sObjectId=" + id,
                        "{\"" + field + "\":\"" + value + "\"}");
    }

    /**
     * The consumer subscribes asynchronously after the context started: updates the opportunity until one
     * change event arrives, and returns it.
     */
    private Exchange subscribed(String id) throws InterruptedException {
        for (int attempt = 0; attempt < 60; attempt++) {
            update(id, "NextStep", "Call the buyer, attempt " + attempt);
            Exchange event = received.poll(1, TimeUnit.SECONDS);
            if (event != null) {
                return event;
            }
        }
        throw new AssertionError("no change event arrived within 60 attempts");
    }

    /** The next event that carries this stage, skipping those of earlier updates. */
    private Exchange nextWithStage(String stage) throws InterruptedException {
        while (true) {
            Exchange event = next();
            if (stage.equals(event.getMessage().getBody(Map.class).get("StageName"))) {
                return event;
            }
        }
    }

    private Exchange next() throws InterruptedException {
        Exchange event = received.poll(60, TimeUnit.SECONDS);
        assertThat(event).as("an event within 60 seconds").isNotNull();
        return event;
    }
}
