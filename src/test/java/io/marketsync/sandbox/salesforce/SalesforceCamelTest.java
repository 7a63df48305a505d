package io.marketsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketsync.sandbox.SimHttp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.salesforce.AuthenticationType;
import org.apache.camel.component.salesforce.SalesforceComponent;
import org.apache.camel.component.salesforce.SalesforceEndpointConfig;
import org.apache.camel.component.salesforce.api.dto.UpsertSObjectResult;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** camel-salesforce 4.18 itself against the simulated org, logged in with client credentials. */
class SalesforceCamelTest {

    private final SimulatedOrgFixture org = new SimulatedOrgFixture();
    private CamelContext camel;
    private ProducerTemplate template;

    @BeforeEach
    void startCamel() {
        SalesforceComponent salesforce = new SalesforceComponent();
        salesforce.setLoginUrl(org.base());
        salesforce.setClientId(SimulatedOrgFixture.CLIENT_ID);
        salesforce.setClientSecret(SimulatedOrgFixture.CLIENT_SECRET);
        salesforce.setAuthenticationType(AuthenticationType.CLIENT_CREDENTIALS);
        SalesforceEndpointConfig config = new SalesforceEndpointConfig();
        config.setApiVersion(org.sf.apiVersion());
        salesforce.setConfig(config);
        camel = new DefaultCamelContext();
        camel.addComponent("salesforce", salesforce);
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        camel.stop();
        org.close();
    }

    private static JsonNode json(Object body) throws Exception {
        return SimHttp.JSON.readTree(body instanceof String s ? s : new String((byte[]) body));
    }

    @Test
    void loginUsesTheTokenEndpoint() {
        assertThat(org.sf.counters().get(SimulatorCounters.TOKENS_ISSUED)).isEqualTo(1);
    }

    @Test
    void upsertSObjectCreatesThenUpdates() throws Exception {
        String uri = "salesforce:upsertSObject?sObjectName=Sim_Offer__c&sObjectIdName=Offer_Id__c&rawPayload=true";
        Exchange created = template.request(uri, e -> {
            e.getIn().setHeader("sObjectIdValue", "camel 1");
            e.getIn().setBody("{\"Name\":\"From Camel\",\"Status__c\":\"Active\"}");
        });
        assertThat(created.getException()).isNull();
        assertThat(created.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class))
                .isEqualTo(201);
        assertThat(created.getMessage().getHeader("Sforce-Limit-Info", String.class))
                .isEqualTo("api-usage=1/100000");
        JsonNode body = json(created.getMessage().getBody(String.class));
        assertThat(body.path("created").asBoolean()).isTrue();

        Exchange updated = template.request(uri, e -> {
            e.getIn().setHeader("sObjectIdValue", "camel 1");
            e.getIn().setBody("{\"Name\":\"Renamed by Camel\"}");
        });
        assertThat(updated.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class))
                .isEqualTo(200);
        assertThat(org.sf.org().record("Sim_Offer__c", body.path("id").asText()).orElseThrow())
                .containsEntry("Name", "Renamed by Camel")
                .containsEntry("Offer_Id__c", "camel 1");
    }

    @Test
    void compositeUpsertSObjectCollectionsReturnsResultsInOrder() {
        List<Map<String, Object>> records = new ArrayList<>();
        for (String key : List.of("c-1", "c-2", "c-3")) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("attributes", Map.of("type", "Sim_Offer__c"));
            record.put("Offer_Id__c", key);
            record.put("Name", "Offer " + key);
            record.put("Status__c", key.equals("c-2") ? "Unknown" : "Draft");
            records.add(record);
        }
        @SuppressWarnings("unchecked")
        List<UpsertSObjectResult> results = template.requestBody(
                "salesforce:compositeUpsertSObjectCollections?sObjectName=Sim_Offer__c&sObjectIdName=Offer_Id__c&allOrNone=false",
                records,
                List.class);
        assertThat(results).hasSize(3);
        assertThat(results.get(0).getSuccess()).isTrue();
        assertThat(results.get(0).getCreated()).isTrue();
        assertThat(results.get(1).getSuccess()).isFalse();
        assertThat(results.get(1).getErrors().get(0).getErrorCode())
                .isEqualTo("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST");
        assertThat(results.get(2).getId()).startsWith(org.sf.org().prefixes().of("Sim_Offer__c"));
        assertThat(org.sf.counters().get(SimulatorCounters.COLLECTIONS)).isEqualTo(1);
    }

    @Test
    void queryPagesThroughQueryMore() throws Exception {
        for (int i = 0; i < 450; i++) {
            org.sf
                    .org()
                    .insert(
                            "Account",
                            Map.of("Name", String.format("Account %03d", i)),
                            org.sf.integrationUser().id());
        }
        Map<String, Object> headers = Map.of("Sforce-Query-Options", "batchSize=200");
        JsonNode page = json(template.requestBodyAndHeaders(
                "salesforce:query?rawPayload=true&sObjectQuery=SELECT Id, Name FROM Account ORDER BY Name",
                null,
                headers,
                String.class));
        int rows = page.path("records").size();
        int pages = 1;
        while (!page.path("done").asBoolean()) {
            page = json(template.requestBodyAndHeaders(
                    "salesforce:queryMore?rawPayload=true",
                    page.path("nextRecordsUrl").asText(),
                    headers,
                    String.class));
            rows += page.path("records").size();
            pages++;
        }
        assertThat(rows).isEqualTo(450);
        assertThat(pages).isEqualTo(3);
        assertThat(org.sf.counters().get(SimulatorCounters.QUERY_MORE)).isEqualTo(2);
    }

    @Test
    void describeAndLimits() throws Exception {
        JsonNode describe = json(template.requestBody(
                "salesforce:getDescription?sObjectName=Sim_Offer__c&rawPayload=true", null, String.class));
        assertThat(describe.path("fields").findValuesAsText("name")).contains("Offer_Id__c", "Buyer_Account__c");

        JsonNode limits = json(template.requestBody("salesforce:limits?rawPayload=true", null, String.class));
        assertThat(limits.path("DailyApiRequests").path("Max").asInt()).isEqualTo(100_000);
    }

    @Test
    void expiredSessionIsRenewedByCamelTransparently() throws Exception {
        org.sf.faults().expireSessions();
        JsonNode result = json(template.requestBody(
                "salesforce:query?rawPayload=true&sObjectQuery=SELECT COUNT() FROM Account", null, String.class));
        assertThat(result.path("done").asBoolean()).isTrue();
        assertThat(org.sf.counters().get(SimulatorCounters.TOKENS_ISSUED)).isEqualTo(2);
    }
}
