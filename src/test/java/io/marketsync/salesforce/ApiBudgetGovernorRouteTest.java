package io.marketsync.salesforce;

import static io.marketsync.salesforce.OfferPages.listing;
import static org.assertj.core.api.Assertions.assertThat;

import io.marketsync.sandbox.salesforce.SimulatedSalesforce;
import io.marketsync.state.StateStore;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API budget governor reading the simulator's {@code Sforce-Limit-Info} and {@code /limits}. */
class ApiBudgetGovernorRouteTest {

    @TempDir
    Path stateDir;

    private SimulatedSalesforce salesforce;
    private StateStore store;
    private SinkHarness sink;

    @BeforeEach
    void start() throws Exception {
        salesforce = SinkHarness.simulator();
        store = SinkHarness.store(stateDir);
        sink = SinkHarness.start(
                salesforce,
                store,
                Map.of("marketsync.salesforce.api-budget.check-interval", "100"),
                "salesforce-sink.camel.yaml");
        sink.camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("timer:aws-offers?period=200")
                        .routeId("aws-offers")
                        .group("aws")
                        .log("polling AWS offers");
                from("timer:gcp-entitlements?period=200")
                        .routeId("gcp-entitlements")
                        .routeProperty(ApiBudgetGovernor.POLLING_PROPERTY, "true")
                        .log("polling GCP entitlements");
                from("timer:cosell-aws?period=200")
                        .routeId("cosell-aws")
                        .group("cosell")
                        .log("co-selling");
            }
        });
        sink.start();
    }

    @AfterEach
    void stop() {
        sink.close();
        store.close();
        salesforce.close();
    }

    @Test
    void pausesPollingRoutesAboveTheShareAndResumesThemWhenUsageDrops() throws Exception {
        long runId = store.runs().start("aws-offers");
        salesforce.apiUsage().setRemaining(salesforce.apiUsage().max() / 10);

        sink.upsert("aws-offers", List.of(listing("listing-1", "Analytics Suite")), Map.of(SinkExchange.RUN_ID, runId));

        SinkHarness.await(
                "polling routes suspended",
                () -> status("aws-offers") == ServiceStatus.Suspended
                        && status("gcp-entitlements") == ServiceStatus.Suspended);
        assertThat(status("cosell-aws")).isEqualTo(ServiceStatus.Started);
        assertThat(status("salesforce-upsert")).isEqualTo(ServiceStatus.Started);
        ApiBudgetGovernor governor = sink.camel
                .getRegistry()
                .lookupByNameAndType(SalesforceBeans.API_BUDGET_GOVERNOR, ApiBudgetGovernor.class);
        assertThat(governor.isPaused()).isTrue();
        assertThat(jmxAttribute("Paused")).isEqualTo(true);
        assertThat(jmxAttribute("PausedRoutes").toString()).contains("aws-offers", "gcp-entitlements");
        assertThat(store.runs().get(runId).orElseThrow().error())
                .contains("Paused by the API budget governor")
                .contains("/" + salesforce.apiUsage().max());

        salesforce.apiUsage().reset();

        SinkHarness.await(
                "polling routes resumed",
                () -> status("aws-offers") == ServiceStatus.Started
                        && status("gcp-entitlements") == ServiceStatus.Started);
        assertThat(governor.isPaused()).isFalse();
    }

    private Object jmxAttribute(String name) throws Exception {
        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> names =
                jmx.queryNames(new ObjectName("org.apache.camel:type=services,name=ApiBudgetGovernor*,*"), null);
        assertThat(names).as("the governor's MBean").hasSize(1);
        return jmx.getAttribute(names.iterator().next(), name);
    }

    private ServiceStatus status(String routeId) {
        return sink.camel.getRouteController().getRouteStatus(routeId);
    }
}
