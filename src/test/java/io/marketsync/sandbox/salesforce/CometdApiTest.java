package io.marketsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketsync.sandbox.LoopbackHttpServer;
import io.marketsync.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Bayeux wire format of {@link CometdApi}, message by message, over loopback HTTP. */
class CometdApiTest {

    private static final String OPPORTUNITIES = "/data/OpportunityChangeEvent";
    private static final String COSELL = "/event/MarketSync_Cosell_Action__e";
    private static final String USER = "005000000000001AAA";

    private final MutableClock clock = new MutableClock();
    private final ReplayStreamingBus bus = new ReplayStreamingBus(Duration.ofHours(72), clock);
    private final Bulk2TestOrg org = new Bulk2TestOrg();
    private LoopbackHttpServer server;
    private CometdTestSession session;
    private CometdApi cometd;

    @BeforeEach
    void start() {
        org.grant("token-1", USER);
        // Held connects last until an event or a disconnect releases them, never until this timeout.
        CometdSettings settings = new CometdSettings(Duration.ofMinutes(5), Duration.ofSeconds(40), clock);
        cometd = new CometdApi(org, bus, Set.of(OPPORTUNITIES, COSELL)::contains, settings);
        server = new LoopbackHttpServer("cometd-test", 0)
                .handle("/cometd/", cometd)
                .start();
        session = new CometdTestSession(server.baseUri(), "token-1");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void handshakeEchoesReplayAndGivesAClientId() throws Exception {
        Map<String, Object> reply = session.send(
                        "handshake",
                        Map.of(
                                "channel", "/meta/handshake",
                                "id", "1",
                                "version", "1.0",
                                "supportedConnectionTypes", List.of("long-polling"),
                                "ext", Map.of("replay", true)))
                .get(0);

        assertThat(reply)
                .containsEntry("channel", "/meta/handshake")
                .containsEntry("id", "1")
                .containsEntry("successful", true)
                .containsEntry("supportedConnectionTypes", List.of("long-polling"))
                .containsEntry("ext", Map.of("replay", true, "payload.format", true));
        assertThat((String) reply.get("clientId")).hasSize(28);
    }

    @Test
    void firstConnectIsAnsweredAtOnceWithRetryAdvice() throws Exception {
        String clientId = session.handshake();

        List<Map<String, Object>> replies = session.connectNow(clientId);

        assertThat(replies).hasSize(1);
        assertThat(replies.get(0))
                .containsEntry("channel", "/meta/connect")
                .containsEntry("clientId", clientId)
                .containsEntry("successful", true)
                .containsEntry("advice", Map.of("interval", 0, "timeout", 300000, "reconnect", "retry"));
    }

    @Test
    void changeEventReachesASubscriberInSalesforceShape() throws Exception {
        String clientId = session.handshake();
        assertThat(session.subscribe(clientId, OPPORTUNITIES, -1))
                .containsEntry("successful", true)
                .containsEntry("subscription", OPPORTUNITIES)
                .containsEntry("clientId", clientId);

        long replayId = bus.publish(OPPORTUNITIES, changeEvent("UPDATE", "006000000000001AAA", "Closed Won"));
        List<Map<String, Object>> replies = session.connectNow(clientId);

        assertThat(replies).hasSize(2);
        assertThat(replies.get(0)).containsEntry("channel", OPPORTUNITIES);
        Map<String, Object> data = map(replies.get(0).get("data"));
        assertThat((String) data.get("schema")).hasSize(22);
        assertThat(map(data.get("event"))).containsEntry("replayId", (int) replayId);
        Map<String, Object> header = map(map(data.get("payload")).get("ChangeEventHeader"));
        assertThat(header)
                .containsEntry("entityName", "Opportunity")
                .containsEntry("changeType", "UPDATE")
                .containsEntry("recordIds", List.of("006000000000001AAA"))
                .containsEntry("commitUser", USER);
        assertThat(map(data.get("payload"))).containsEntry("StageName", "Closed Won");
        assertThat(replies.get(1)).containsEntry("channel", "/meta/connect").containsEntry("successful", true);
    }

    @Test
    void platformEventCarriesItsFieldsAndAnEventUuid() throws Exception {
        String clientId = session.handshake();
        session.subscribe(clientId, COSELL, -1);

        long replayId = bus.publish(COSELL, Map.of("Action__c", "SUBMIT", "CreatedById", USER));
        Map<String, Object> data = map(session.connectNow(clientId).get(0).get("data"));

        assertThat(map(data.get("payload"))).containsEntry("Action__c", "SUBMIT");
        assertThat(map(data.get("event")))
                .containsEntry("replayId", (int) replayId)
                .containsKey("EventUuid");
    }

    @Test
    void heldConnectReturnsAsSoonAsAnEventIsPublished() throws Exception {
        String clientId = session.handshake();
        session.subscribe(clientId, OPPORTUNITIES, -1);
        session.connectNow(clientId);

        CompletableFuture<List<Map<String, Object>>> held = CompletableFuture.supplyAsync(() -> {
            try {
                return session.connectAndWait(clientId);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        bus.publish(OPPORTUNITIES, changeEvent("CREATE", "006000000000002AAA", "Prospecting"));

        assertThat(held.get(60, TimeUnit.SECONDS))
                .extracting(m -> m.get("channel"))
                .containsExactly(OPPORTUNITIES, "/meta/connect");
    }

    @Test
    void replayMinusOneSkipsEarlierEventsAndMinusTwoReplaysThem() throws Exception {
        bus.publish(OPPORTUNITIES, changeEvent("CREATE", "006000000000001AAA", "Prospecting"));
        String newOnly = session.handshake();
        String everything = session.handshake();

        session.subscribe(newOnly, OPPORTUNITIES, -1);
        session.subscribe(everything, OPPORTUNITIES, -2);

        assertThat(session.connectNow(newOnly))
                .extracting(m -> m.get("channel"))
                .containsExactly("/meta/connect");
        assertThat(session.connectNow(everything))
                .extracting(m -> m.get("channel"))
                .containsExactly(OPPORTUNITIES, "/meta/connect");
    }

    @Test
    void explicitReplayIdDeliversOnlyLaterEvents() throws Exception {
        long first = bus.publish(OPPORTUNITIES, changeEvent("CREATE", "006000000000001AAA", "Prospecting"));
        long second = bus.publish(OPPORTUNITIES, changeEvent("UPDATE", "006000000000001AAA", "Closed Won"));
        String clientId = session.handshake();

        session.subscribe(clientId, OPPORTUNITIES, first);

        List<Map<String, Object>> replies = session.connectNow(clientId);
        assertThat(replies).hasSize(2);
        assertThat(map(map(replies.get(0).get("data")).get("event"))).containsEntry("replayId", (int) second);
    }

    @Test
    void unknownReplayIdIsRefusedWithSalesforcesError() throws Exception {
        bus.publish(OPPORTUNITIES, changeEvent("CREATE", "006000000000001AAA", "Prospecting"));
        String clientId = session.handshake();

        assertThat(session.subscribe(clientId, OPPORTUNITIES, 1234))
                .containsEntry("channel", "/meta/subscribe")
                .containsEntry("subscription", OPPORTUNITIES)
                .containsEntry("successful", false)
                .containsEntry(
                        "error",
                        "400::The replayId {1234} you provided was invalid.  Please provide a valid ID, -2 to replay"
                                + " all events, or -1 to replay only new events.");
    }

    @Test
    void replayIdOlderThanTheRetentionWindowIsRefused() throws Exception {
        long old = bus.publish(OPPORTUNITIES, changeEvent("CREATE", "006000000000001AAA", "Prospecting"));
        bus.publish(OPPORTUNITIES, changeEvent("UPDATE", "006000000000001AAA", "Qualification"));
        String clientId = session.handshake();
        assertThat(session.subscribe(clientId, OPPORTUNITIES, old)).containsEntry("successful", true);

        clock.advance(Duration.ofHours(73));
        String later = session.handshake();

        assertThat((String) session.subscribe(later, OPPORTUNITIES, old).get("error"))
                .startsWith("400::The replayId {" + old + "} you provided was invalid.");
        assertThat(session.subscribe(later, OPPORTUNITIES, -2)).containsEntry("successful", true);
        assertThat(session.connectNow(later)).extracting(m -> m.get("channel")).containsExactly("/meta/connect");
    }

    @Test
    void subscribingToAChannelTheOrgDoesNotHaveFails() throws Exception {
        String clientId = session.handshake();

        assertThat(session.subscribe(clientId, "/data/Nope__ChangeEvent", -1))
                .containsEntry("successful", false)
                .containsEntry("subscription", "/data/Nope__ChangeEvent")
                .containsEntry(
                        "error",
                        "400::The channel you requested to subscribe to does not exist {/data/Nope__ChangeEvent}");
    }

    @Test
    void unsubscribedClientReceivesNothingMore() throws Exception {
        String clientId = session.handshake();
        session.subscribe(clientId, OPPORTUNITIES, -1);

        Map<String, Object> reply = session.send(
                        "unsubscribe",
                        Map.of(
                                "channel",
                                "/meta/unsubscribe",
                                "id",
                                "5",
                                "clientId",
                                clientId,
                                "subscription",
                                OPPORTUNITIES))
                .get(0);
        bus.publish(OPPORTUNITIES, changeEvent("CREATE", "006000000000001AAA", "Prospecting"));

        assertThat(reply).containsEntry("successful", true).containsEntry("subscription", OPPORTUNITIES);
        assertThat(session.connectNow(clientId))
                .extracting(m -> m.get("channel"))
                .containsExactly("/meta/connect");
    }

    @Test
    void disconnectReleasesAHeldConnectAndForgetsTheClient() throws Exception {
        String clientId = session.handshake();
        session.subscribe(clientId, OPPORTUNITIES, -1);
        CompletableFuture<List<Map<String, Object>>> held = CompletableFuture.supplyAsync(() -> {
            try {
                return session.connectAndWait(clientId);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // Disconnect only once the connect is held, or the server would answer it as a fresh connect.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!cometd.holdsConnect(clientId) && System.nanoTime() < deadline && !held.isDone()) {
            Thread.sleep(10);
        }
        assertThat(cometd.holdsConnect(clientId)).as("connect held").isTrue();

        Map<String, Object> reply = session.send(
                        "disconnect", Map.of("channel", "/meta/disconnect", "id", "6", "clientId", clientId))
                .get(0);

        assertThat(reply).containsEntry("successful", true);
        assertThat(held.get(60, TimeUnit.SECONDS).get(0)).extracting("advice").isEqualTo(advice("none"));
        assertUnknownClient(session.connectNow(clientId).get(0));
    }

    @Test
    void clientThatStopsPollingIsForgotten() throws Exception {
        String clientId = session.handshake();
        session.subscribe(clientId, OPPORTUNITIES, -1);

        clock.advance(Duration.ofSeconds(41));

        assertUnknownClient(session.connectNow(clientId).get(0));
    }

    @Test
    void unknownClientIsToldToHandshakeAgain() throws Exception {
        Map<String, Object> reply = session.subscribe("nosuchclient", OPPORTUNITIES, -1);

        assertUnknownClient(reply);
        assertThat(reply).containsEntry("subscription", OPPORTUNITIES);
    }

    @Test
    void handshakeWithAnInvalidTokenIsDeniedAsSalesforceDoes() throws Exception {
        session.useToken("not-a-token");

        Map<String, Object> reply = session.send(
                        "handshake", Map.of("channel", "/meta/handshake", "id", "1", "ext", Map.of("replay", true)))
                .get(0);

        assertThat(reply)
                .containsEntry("successful", false)
                .containsEntry("error", "403::Handshake denied")
                .containsEntry("advice", Map.of("reconnect", "none"));
        assertThat(map(map(reply.get("ext")).get("sfdc")))
                .containsEntry("failureReason", "401::Authentication invalid");
    }

    @Test
    void connectAfterTheSessionExpiredAsksForAuthentication() throws Exception {
        String clientId = session.handshake();
        org.revoke("token-1");

        Map<String, Object> reply = session.connectNow(clientId).get(0);

        assertThat(reply)
                .containsEntry("channel", "/meta/connect")
                .containsEntry("successful", false)
                .containsEntry("error", "401::Authentication invalid");
        assertThat(map(reply.get("advice"))).containsEntry("reconnect", "none");
    }

    private static void assertUnknownClient(Map<String, Object> reply) {
        assertThat(reply)
                .containsEntry("successful", false)
                .containsEntry("error", "403::Unknown client")
                .containsEntry("advice", Map.of("reconnect", "handshake", "interval", 0));
    }

    private static Map<String, Object> advice(String reconnect) {
        return Map.of("interval", 0, "timeout", 300000, "reconnect", reconnect);
    }

    static Map<String, Object> changeEvent(String changeType, String recordId, String stage) {
        return Map.of(
                "ChangeEventHeader",
                Map.of(
                        "entityName",
                        "Opportunity",
                        "recordIds",
                        List.of(recordId),
                        "changeType",
                        changeType,
                        "changeOrigin",
                        "com/salesforce/api/rest/60.0;client=marketsync",
                        "transactionKey",
                        "0001b2c3-aaaa-bbbb-cccc-1234567890ab",
                        "sequenceNumber",
                        1,
                        "commitTimestamp",
                        1735689600000L,
                        "commitNumber",
                        10978304215L,
                        "commitUser",
                        USER,
                        "changedFields",
                        List.of("StageName")),
                "StageName",
                stage);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
