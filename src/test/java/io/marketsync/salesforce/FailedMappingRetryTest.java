package io.marketsync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketsync.mapping.MappingComponent;
import io.marketsync.sandbox.salesforce.SimulatedSalesforce;
import io.marketsync.state.FailedRecord;
import io.marketsync.state.StateStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record the mapping refused is mapped again on a later run, so fixing the mapping brings it in. */
class FailedMappingRetryTest {

    private static final String ROUTE = "aws-products";
    private static final String LISTING = "Marketplace_Listing__c";

    @TempDir
    Path dir;

    private SimulatedSalesforce salesforce;
    private StateStore store;
    private SinkHarness sink;
    private Path mapping;

    @BeforeEach
    void start() throws Exception {
        salesforce = SinkHarness.simulator();
        store = SinkHarness.store(dir.resolve("state"));
        mapping = Files.createDirectories(dir.resolve("mappings/aws")).resolve("listing.yaml");
        writeMapping("");
        sink = SinkHarness.start(salesforce, store, Map.of(), "salesforce-sink.camel.yaml");
        CamelContext camel = sink.camel();
        camel.getRegistry().bind("stateStore", store);
        camel.getComponent("mapping", MappingComponent.class)
                .setMappingsDir(dir.resolve("mappings").toString());
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:page")
                        .routeId(ROUTE)
                        .to("mapping:aws/listing.yaml")
                        .to("direct:salesforce-upsert");
                from("direct:retry")
                        .routeId(ROUTE + "-retry")
                        .setHeader(SinkExchange.ROUTE_ID, constant(ROUTE))
                        .to("direct:salesforce-retry-failed");
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

    private void writeMapping(String format) throws Exception {
        Files.writeString(
                mapping,
                """
                source: aws.product
                target: { object: Marketplace_Listing__c, externalId: Listing_Id__c }
                records: records
                sourceKey: id
                fields:
                  Listing_Id__c: id
                  Name: title
                  Cloud__c: { const: AWS }
                  Last_Modified__c: { from: modified, type: datetime, required: true%s }
                """
                        .formatted(format));
        // A new modification time even within the same second, so the registry sees the edit.
        Files.setLastModifiedTime(mapping, FileTime.from(Instant.now().plusSeconds(5)));
    }

    @Test
    void aFixedMappingBringsInTheRecordItRefused() throws Exception {
        ProducerTemplate template = sink.camel().createProducerTemplate();
        template.sendBody(
                "direct:page",
                """
                {"records": [
                  {"id": "prod-good", "title": "Ledger", "modified": "2025-06-01T10:00:00Z"},
                  {"id": "prod-local-date", "title": "Freight", "modified": "01.06.2025 10:00"}
                ]}
                """);
        assertThat(salesforce.org().idsWhere(LISTING, "Listing_Id__c", "prod-good"))
                .hasSize(1);
        assertThat(store.failedRecords().list(ROUTE, 10))
                .singleElement()
                .extracting(FailedRecord::sourceKey, FailedRecord::errorCode, FailedRecord::attempts)
                .containsExactly("prod-local-date", "MAPPING_ERROR", 1);

        template.sendBody("direct:retry", null);
        assertThat(store.failedRecords().list(ROUTE, 10))
                .as("still refused by the unchanged mapping: one more attempt")
                .singleElement()
                .extracting(FailedRecord::attempts)
                .isEqualTo(2);
        assertThat(salesforce.org().idsWhere(LISTING, "Listing_Id__c", "prod-local-date"))
                .isEmpty();

        writeMapping(", format: \"dd.MM.yyyy HH:mm\"");
        template.sendBody("direct:retry", null);

        assertThat(store.failedRecords().count(ROUTE)).isZero();
        assertThat(salesforce.org().idsWhere(LISTING, "Listing_Id__c", "prod-local-date"))
                .hasSize(1);
    }
}
