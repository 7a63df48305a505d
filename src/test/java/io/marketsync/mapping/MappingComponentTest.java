package io.marketsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marketsync.state.FailedRecord;
import io.marketsync.state.JdbcStateStore;
import io.marketsync.state.StateStore;
import io.marketsync.state.StateStoreConfig;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingComponentTest {

    private CamelContext context;
    private ProducerTemplate template;
    private StateStore store;

    @TempDir
    Path dataDir;

    @BeforeEach
    void start() throws Exception {
        StateStoreConfig defaults = StateStoreConfig.defaults(dataDir);
        store = JdbcStateStore.open(new StateStoreConfig(
                "jdbc:h2:mem:mapping-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa",
                "",
                defaults.secretKeyFile(),
                null,
                defaults.retryPolicy()));
        context = new DefaultCamelContext();
        context.getRegistry().bind("stateStore", store);
        MappingComponent component = context.getComponent("mapping", MappingComponent.class);
        component.setMappingsDir(Fixtures.MAPPINGS.toString());
        component.setClock(Fixtures.CLOCK);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:offers").routeId("aws-offers").to("mapping:aws/offer-buyer.yaml,aws/offer-summary.yaml");
                from("direct:agreements").routeId("aws-agreements").to("mapping:aws/agreement.yaml");
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        context.stop();
        store.close();
    }

    private List<FailedRecord> recorded() {
        return store.failedRecords().list(null, 100);
    }

    @Test
    void severalMappingsMapTheSamePageParentsFirst() throws Exception {
        String page = Files.readString(Fixtures.MAPPINGS.resolve("input/list-offers.json"));

        Exchange out = template.request("direct:offers", e -> e.getMessage().setBody(page));

        List<Map<String, Object>> body = out.getMessage().getBody(List.class);
        assertThat(body)
                .extracting(r -> (Object) ((Map<?, ?>) r.get("attributes")).get("type"))
                .containsExactly(
                        "Account",
                        "Account",
                        "Account",
                        "Marketplace_Offer__c",
                        "Marketplace_Offer__c",
                        "Marketplace_Offer__c");
        assertThat(out.getMessage().getHeader(MappingHeaders.TARGET_OBJECT)).isEqualTo("Marketplace_Offer__c");
        assertThat(out.getMessage().getHeader(MappingHeaders.EXTERNAL_ID_FIELD)).isEqualTo("Offer_Id__c");
        assertThat(out.getMessage().getHeader(MappingHeaders.SOURCE_COUNT)).isEqualTo(3);
        List<MappedRecord> mapped = out.getMessage().getHeader(MappingHeaders.MAPPED_RECORDS, List.class);
        assertThat(mapped)
                .extracting(MappedRecord::mapping, MappedRecord::externalId)
                .startsWith(tuple("aws/offer-buyer.yaml", "222222222222"))
                .endsWith(tuple("aws/offer-summary.yaml", "offer-publicabcdef"));
        assertThat(mapped.get(3).parents()).containsExactly("Account");
        assertThat(mapped.get(3).record()).isSameAs(body.get(3));
        assertThat(out.getMessage().getHeader(MappingHeaders.MAPPING_FAILURES, List.class))
                .isEmpty();
    }

    @Test
    void unmappableRecordsGoToTheHeaderAndTheStateStoreWhileTheRestIsMapped() {
        JsonNode page = Fixtures.input("search-agreements.json").deepCopy();
        ((ObjectNode) page.get("agreementViewSummaries").get(1)).put("startTime", "not a date");

        Exchange out = template.request("direct:agreements", e -> e.getMessage().setBody(page));

        assertThat(out.getMessage().getBody(List.class)).hasSize(1);
        List<MappingFailure> failures = out.getMessage().getHeader(MappingHeaders.MAPPING_FAILURES, List.class);
        assertThat(failures).extracting(MappingFailure::sourceKey).containsExactly("agmt-9c1kq4ww7h2x8d3m0r5tz6yvb");
        assertThat(recorded())
                .extracting(
                        FailedRecord::routeId,
                        FailedRecord::mapping,
                        FailedRecord::sourceKey,
                        FailedRecord::errorCode,
                        FailedRecord::errorMessage)
                .containsExactly(tuple(
                        "aws-agreements",
                        "aws/agreement.yaml",
                        "agmt-9c1kq4ww7h2x8d3m0r5tz6yvb",
                        "MAPPING_ERROR",
                        "Start_Date__c: 'not a date' is not a date (ISO-8601 or epoch seconds expected)"));
        assertThat(recorded().get(0).payload())
                .isEqualTo(page.get("agreementViewSummaries").get(1).toString());
    }

    @Test
    void mapsAndListsAsBodiesAndRejectsTextThatIsNotJson() {
        Map<?, ?> page = Fixtures.JSON.convertValue(Fixtures.input("search-agreements.json"), Map.class);

        assertThat(template.requestBody("direct:agreements", page, List.class)).hasSize(2);
        assertThat(template.requestBody("direct:agreements", page.get("agreementViewSummaries"), List.class))
                .hasSize(2);
        assertThatThrownBy(() -> template.requestBody("direct:agreements", "agreement agmt-1"))
                .isInstanceOf(CamelExecutionException.class)
                .hasRootCauseInstanceOf(com.fasterxml.jackson.core.JsonParseException.class);
        assertThat(recorded()).isEmpty();
    }

    @Test
    void theRegistryIsAJmxServiceWithReloadOperations() throws Exception {
        template.requestBody("direct:agreements", Fixtures.input("search-agreements.json"));
        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> names = jmx.queryNames(
                new ObjectName("org.apache.camel:context=" + context.getManagementName() + ",type=services,*"), null);
        ObjectName registry = names.stream()
                .filter(n -> n.getKeyProperty("name").startsWith("MappingRegistry"))
                .findFirst()
                .orElseThrow();

        assertThat(jmx.getAttribute(registry, "Mappings")).isEqualTo(List.of("aws/agreement.yaml"));
        assertThat(jmx.invoke(registry, "reloadAll", new Object[0], new String[0]))
                .isEqualTo("reloaded aws/agreement.yaml");
        assertThat(jmx.invoke(
                        registry, "reload", new Object[] {"aws/offer.yaml"}, new String[] {String.class.getName()}))
                .isEqualTo("reloaded aws/offer.yaml");
    }

    @Test
    void anEndpointCannotBeConsumedFrom() {
        assertThatThrownBy(() -> context.getEndpoint("mapping:aws/offer.yaml").createConsumer(e -> {}))
                .hasMessageContaining("route to them with to()");
    }
}
