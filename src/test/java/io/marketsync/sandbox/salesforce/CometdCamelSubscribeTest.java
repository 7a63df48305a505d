package io.marketsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketsync.sandbox.LoopbackHttpServer;
import io.marketsync.sandbox.SimHttp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.salesforce.AuthenticationType;
import org.apache.camel.component.salesforce.SalesforceComponent;
import org.apache.camel.component.salesforce.SalesforceEndpointConfig;
import org.apache.camel.component.salesforce.api.dto.PlatformEvent;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** camel-salesforce's own {@code subscribe} consumer (CometD client 9) against {@link CometdApi}. */
class CometdCamelSubscribeTest {

    private static final String OPPORTUNITIES = "/data/OpportunityChangeEvent";
    private static final String COSELL = "/event/MarketSync_Cosell_Action__e";
    private static final String USER = "005000000000001AAA";

    private final ReplayStreamingBus bus = new ReplayStreamingBus();
    private final Bulk2TestOrg org = new Bulk2TestOrg();
    private final List<String> issuedTokens = new ArrayList<>();
    private final AtomicInteger logins = new AtomicInteger();
    private final BlockingQueue<Exchange> received = new LinkedBlockingQueue<>();
    private LoopbackHttpServer server;
    private CamelContext camel;

    @BeforeEach
    void start() {
        // A short hold keeps the client polling, so an expired session shows up within seconds.
        CometdSettings settings =
                new CometdSettings(Duration.ofSeconds(2), Duration.ofSeconds(40), java.time.Clock.systemUTC());
        server = new LoopbackHttpServer("cometd-camel-test", 0)
                .handle("/services/oauth2/token", exchange -> {
                    String token = "camel-token-" + logins.incrementAndGet();
                    synchronized (issuedTokens) {
                        issuedTokens.add(token);
                    }
                    org.grant(token, USER);
                    String base = server.baseUri().toString();
                    SimHttp.sendJson(
                            exchange,
                            200,
                            Map.of(
                                    "access_token",
                                    token,
                                    "instance_url",
                                    base,
                                    "id",
                                    base + "/id/00D000000000001AAA/" + USER,
                                    "token_type",
                                    "Bearer"));
                })
                .handle("/services/oauth2/revoke", exchange -> SimHttp.sendText(exchange, 200, "text/plain", ""))
                .handle("/cometd/", new CometdApi(org, bus, Set.of(OPPORTUNITIES, COSELL)::contains, settings))
                .start();
        camel = new DefaultCamelContext();
        SalesforceComponent salesforce = new SalesforceComponent();
        salesforce.setLoginUrl(server.baseUri().toString());
        salesforce.setClientId("marketsync-test");
        salesforce.setClientSecret("test-secret");
        salesforce.setAuthenticationType(AuthenticationType.CLIENT_CREDENTIALS);
        SalesforceEndpointConfig config = new SalesforceEndpointConfig();
        config.setApiVersion("60.0");
        salesforce.setConfig(config);
        camel.addComponent("salesforce", salesforce);
    }

    @AfterEach
    void stop() {
        camel.stop();
        server.close();
    }

    @Test
    void changeEventArrivesWithItsHeaderFieldsAsCamelHeaders() throws Exception {
        long replayId = bus.publish(OPPORTUNITIES, CometdApiTest.changeEvent("UPDATE", "006000000000001AAA", "Won"));

        subscribe("salesforce:subscribe:" + OPPORTUNITIES + "?replayId=-2");

        Exchange exchange = next();
        assertThat(exchange.getMessage().getHeaders())
                .containsEntry("CamelSalesforceChangeType", "UPDATE")
                .containsEntry("CamelSalesforceEntityName", "Opportunity")
                .containsEntry("CamelSalesforceCommitUser", USER)
                .containsEntry("CamelSalesforceRecordIds", List.of("006000000000001AAA"))
                .containsEntry("CamelSalesforceReplayId", replayId)
                .containsEntry("CamelSalesforceChannel", OPPORTUNITIES);
        assertThat(exchange.getMessage().getBody(Map.class))
                .containsEntry("StageName", "Won")
                .doesNotContainKey("ChangeEventHeader");
    }

    @Test
    void platformEventArrivesAsAPlatformEvent() throws Exception {
        long replayId = bus.publish(
                COSELL,
                Map.of(
                        "CreatedDate", "2025-01-01T00:00:00.000Z",
                        "CreatedById", USER,
                        "Action__c", "SUBMIT",
                        "Opportunity_Id__c", "006000000000001AAA"));

        subscribe("salesforce:subscribe:" + COSELL + "?replayId=-2");

        Exchange exchange = next();
        assertThat(exchange.getMessage().getHeader("CamelSalesforceReplayId")).isEqualTo(replayId);
        PlatformEvent event = exchange.getMessage().getBody(PlatformEvent.class);
        assertThat(event.getCreatedById()).isEqualTo(USER);
        assertThat(event.getEventData()).containsEntry("Action__c", "SUBMIT");
    }

    @Test
    void invalidReplayIdMakesCamelFallBackToNewEventsOnly() throws Exception {
        long old = bus.publish(OPPORTUNITIES, CometdApiTest.changeEvent("CREATE", "006000000000001AAA", "Old"));

        subscribe("salesforce:subscribe:" + OPPORTUNITIES + "?replayId=" + (old + 1000));

        Exchange first = publishUntilOneArrives();
        assertThat(first.getMessage().getHeader("CamelSalesforceReplayId", Long.class))
                .isGreaterThan(old);
    }

    @Test
    void expiredSessionIsRenewedAndNoEventIsLost() throws Exception {
        subscribe("salesforce:subscribe:" + OPPORTUNITIES + "?replayId=-2");
        bus.publish(OPPORTUNITIES, CometdApiTest.changeEvent("CREATE", "006000000000001AAA", "Before"));
        assertThat(next().getMessage().getBody(Map.class)).containsEntry("StageName", "Before");

        synchronized (issuedTokens) {
            issuedTokens.forEach(org::revoke);
        }
        bus.publish(OPPORTUNITIES, CometdApiTest.changeEvent("UPDATE", "006000000000001AAA", "After"));

        assertThat(next().getMessage().getBody(Map.class)).containsEntry("StageName", "After");
        bus.publish(OPPORTUNITIES, CometdApiTest.changeEvent("UPDATE", "006000000000001AAA", "Renewed"));
        assertThat(next().getMessage().getBody(Map.class)).containsEntry("StageName", "Renewed");
        assertThat(logins.get()).isGreaterThanOrEqualTo(2);
    }

    private void subscribe(String uri) throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).process(received::add);
            }
        });
        camel.start();
    }

    private Exchange next() throws InterruptedException {
        Exchange exchange = received.poll(60, TimeUnit.SECONDS);
        assertThat(exchange).as("an event within 60 seconds").isNotNull();
        return exchange;
    }

    /** The fallback subscription is made asynchronously, so publish until the consumer sees an event. */
    private Exchange publishUntilOneArrives() throws InterruptedException {
        for (int attempt = 0; attempt < 60; attempt++) {
            bus.publish(OPPORTUNITIES, CometdApiTest.changeEvent("UPDATE", "006000000000001AAA", "New"));
            Exchange exchange = received.poll(1, TimeUnit.SECONDS);
            if (exchange != null) {
                return exchange;
            }
        }
        throw new AssertionError("no event arrived after the replay id fallback");
    }
}
