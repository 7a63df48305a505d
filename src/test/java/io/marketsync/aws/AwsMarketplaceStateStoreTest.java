package io.marketsync.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketsync.sandbox.aws.CatalogEntity;
import io.marketsync.state.JdbcStateStore;
import io.marketsync.state.StateStore;
import io.marketsync.state.StateStoreConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.Registry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a state store bound, the consumer keeps the route's watermark there. */
class AwsMarketplaceStateStoreTest extends SimulatedAwsCamelTest {

    private static final Instant STORED = Instant.parse("2025-02-06T00:00:00Z");

    @TempDir
    Path dataDir;

    private StateStore store;
    private volatile boolean failing;

    @Override
    protected void doPreSetup() throws Exception {
        super.doPreSetup();
        store = JdbcStateStore.open(StateStoreConfig.defaults(dataDir));
        store.watermarks().set("offers", STORED.toString());
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("stateStore", store);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("aws-marketplace:offers?startScheduler=false&watermarkOverlap=PT0S")
                        .routeId("offers")
                        .process(exchange -> {
                            if (failing) {
                                throw new IllegalStateException("Salesforce unavailable");
                            }
                        })
                        .to("mock:offers");
            }
        };
    }

    @Test
    void readsFromAndCommitsToTheStoredWatermark() throws Exception {
        consumer("offers").pollNow();

        assertThat(getMockEndpoint("mock:offers")
                        .getReceivedExchanges()
                        .get(0)
                        .getMessage()
                        .getBody(String.class))
                .doesNotContain(olderThanStored().entityId());
        assertThat(store.watermarks().get("offers"))
                .contains(aws.simulator().state().entities("Offer").stream()
                        .map(CatalogEntity::lastModified)
                        .max(Comparator.naturalOrder())
                        .orElseThrow()
                        .toString());
    }

    @Test
    void aFailedPageLeavesTheStoredWatermark() throws Exception {
        failing = true;

        consumer("offers").pollNow();

        assertThat(store.watermarks().get("offers")).contains(STORED.toString());
    }

    private CatalogEntity olderThanStored() {
        return aws.simulator().state().entities("Offer").stream()
                .filter(o -> o.lastModified().isBefore(STORED))
                .findFirst()
                .orElseThrow();
    }
}
