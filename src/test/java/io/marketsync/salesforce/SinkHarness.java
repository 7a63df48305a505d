package io.marketsync.salesforce;

import io.marketsync.mapping.MappedRecord;
import io.marketsync.mapping.MappingHeaders;
import io.marketsync.sandbox.salesforce.SimulatedSalesforce;
import io.marketsync.state.JdbcStateStore;
import io.marketsync.state.RetryPolicy;
import io.marketsync.state.StateStore;
import io.marketsync.state.StateStoreConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.salesforce.SalesforceComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.support.ResourceHelper;

/**
 * A MarketSync Camel context as production builds it, against the Salesforce simulator on loopback: the
 * YAML routes from {@code routes/}, the sink's beans over a JDBC state store, camel-salesforce configured
 * with the simulator's client properties.
 */
final class SinkHarness implements AutoCloseable {

    private static final String COMPONENT_PREFIX = "camel.component.salesforce.";

    final SimulatedSalesforce salesforce;
    final StateStore store;
    final CamelContext camel;

    private SinkHarness(SimulatedSalesforce salesforce, StateStore store, CamelContext camel) {
        this.salesforce = salesforce;
        this.store = store;
        this.camel = camel;
    }

    /** An empty org with the project's schema from {@code salesforce/}. */
    static SimulatedSalesforce simulator() {
        return SimulatedSalesforce.builder().port(0).start();
    }

    /** The store's clock runs an hour behind, so failed records are due again on the next run. */
    static StateStore store(Path dir) {
        StateStoreConfig defaults = StateStoreConfig.defaults(dir);
        StateStoreConfig config = new StateStoreConfig(
                defaults.url(),
                defaults.user(),
                defaults.password(),
                defaults.secretKeyFile(),
                null,
                new RetryPolicy(Duration.ofMinutes(1), 2.0, Duration.ofMinutes(10)));
        return JdbcStateStore.open(config, Clock.offset(Clock.systemUTC(), Duration.ofHours(-1)));
    }

    static SinkHarness start(
            SimulatedSalesforce salesforce, StateStore store, Map<String, String> settings, String... routeFiles)
            throws Exception {
        CamelContext camel = new DefaultCamelContext();
        Properties properties = new Properties();
        properties.put(SinkSettings.RETRY_DELAY, "20");
        properties.put("marketsync.salesforce.bulk.poll-interval", "50");
        properties.putAll(settings);
        camel.getPropertiesComponent().setInitialProperties(properties);

        SalesforceComponent component = new SalesforceComponent();
        Map<String, Object> options = new HashMap<>();
        salesforce.clientProperties().forEach((key, value) -> {
            if (key.startsWith(COMPONENT_PREFIX)) {
                options.put(key.substring(COMPONENT_PREFIX.length()), value);
            }
        });
        PropertyBindingSupport.build()
                .withCamelContext(camel)
                .withTarget(component)
                .withProperties(options)
                .bind();
        camel.addComponent("salesforce", component);

        SalesforceBeans.bind(camel, store);
        for (String file : routeFiles) {
            PluginHelper.getRoutesLoader(camel)
                    .loadRoutes(ResourceHelper.resolveMandatoryResource(camel, "file:routes/" + file));
        }
        return new SinkHarness(salesforce, store, camel);
    }

    void start() {
        camel.start();
    }

    CamelContext camel() {
        return camel;
    }

    /** Sends one mapped page through {@code direct:salesforce-upsert} as route {@code routeId}. */
    Exchange upsert(String routeId, List<MappedRecord> records, Map<String, Object> headers) {
        return camel.createProducerTemplate().send("direct:salesforce-upsert", exchange -> {
            exchange.getMessage()
                    .setBody(records.stream().map(MappedRecord::record).toList());
            exchange.getMessage().setHeader(MappingHeaders.MAPPED_RECORDS, records);
            exchange.getMessage().setHeader(MappingHeaders.SOURCE_COUNT, records.size());
            exchange.getMessage().setHeader(SinkExchange.ROUTE_ID, routeId);
            exchange.getMessage().setHeaders(merged(exchange.getMessage().getHeaders(), headers));
        });
    }

    private static Map<String, Object> merged(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> all = new HashMap<>(a);
        all.putAll(b);
        return all;
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void close() {
        camel.stop();
    }
}
