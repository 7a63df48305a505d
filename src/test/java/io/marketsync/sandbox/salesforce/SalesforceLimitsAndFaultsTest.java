package io.marketsync.sandbox.salesforce;

import static io.marketsync.sandbox.salesforce.SimulatedOrgFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** API usage accounting, paging, and every kind of injected fault, from Java and from {@code /_sim/}. */
class SalesforceLimitsAndFaultsTest {

    private final SimulatedOrgFixture org =
            new SimulatedOrgFixture(SimulatedSalesforce.builder().dailyApiRequests(50));

    @AfterEach
    void stop() {
        org.close();
    }

    private HttpResponse<String> admin(String method, String action, String json) {
        return org.send(HttpRequest.newBuilder(URI.create(org.base() + "/_sim/" + action))
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void everyCallCarriesSforceLimitInfoUntilTheAllocationIsSpent() {
        HttpResponse<String> first = org.get("limits/");
        assertThat(first.headers().firstValue("Sforce-Limit-Info")).contains("api-usage=1/50");
        assertThat(json(first).path("DailyApiRequests").path("Max").asInt()).isEqualTo(50);
        assertThat(json(first).path("DailyApiRequests").path("Remaining").asInt())
                .isEqualTo(49);
        assertThat(org.query("SELECT Id FROM Account").headers().firstValue("Sforce-Limit-Info"))
                .contains("api-usage=2/50");

        org.sf.apiUsage().setRemaining(1);
        assertThat(org.get("limits/").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = org.get("limits/");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body())
                .isEqualTo(
                        "[{\"message\":\"TotalRequests Limit exceeded.\",\"errorCode\":\"REQUEST_LIMIT_EXCEEDED\"}]");
        assertThat(refused.headers().firstValue("Sforce-Limit-Info")).contains("api-usage=50/50");
        assertThat(org.sf.counters().get(SimulatorCounters.API_CALLS)).isEqualTo(3);
    }

    @Test
    void queryPagesFollowTheBatchSizeHeader() {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("attributes", Map.of("type", "Sim_Offer__c"));
            record.put("Offer_Id__c", String.format("p-%03d", i));
            record.put("Name", "Offer " + i);
            records.add(record);
            if (records.size() == 200 || i == 449) {
                org.rest(
                        "PATCH",
                        "composite/sobjects/Sim_Offer__c/Offer_Id__c",
                        Map.of("allOrNone", true, "records", records));
                records = new ArrayList<>();
            }
        }
        JsonNode page = json(org.query(
                "SELECT Offer_Id__c FROM Sim_Offer__c ORDER BY Offer_Id__c", "Sforce-Query-Options", "batchSize=200"));
        List<String> seen = new ArrayList<>();
        int pages = 1;
        page.path("records").forEach(r -> seen.add(r.path("Offer_Id__c").asText()));
        while (!page.path("done").asBoolean()) {
            assertThat(page.path("totalSize").asInt()).isEqualTo(450);
            String next = page.path("nextRecordsUrl").asText();
            assertThat(next).startsWith(org.data() + "query/01g");
            page = json(org.get(next.substring(org.data().length()), "Sforce-Query-Options", "batchSize=200"));
            page.path("records").forEach(r -> seen.add(r.path("Offer_Id__c").asText()));
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen)
                .hasSize(450)
                .doesNotHaveDuplicates()
                .startsWith("p-000")
                .endsWith("p-449");
        assertThat(json(org.get("query/01gBOGUS-200")).get(0).path("errorCode").asText())
                .isEqualTo("INVALID_QUERY_LOCATOR");
    }

    @Test
    void failNextCallsMatchingAPath() {
        org.sf.faults().failNext(2, "/query", 500, "UNKNOWN_EXCEPTION", "boom");
        assertThat(org.get("limits/").statusCode()).isEqualTo(200);
        HttpResponse<String> failed = org.query("SELECT Id FROM Account");
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(json(failed).get(0).path("errorCode").asText()).isEqualTo("UNKNOWN_EXCEPTION");
        assertThat(org.query("SELECT Id FROM Account").statusCode()).isEqualTo(500);
        assertThat(org.query("SELECT Id FROM Account").statusCode()).isEqualTo(200);
        assertThat(org.sf.counters().get(SimulatorCounters.FAULTS_INJECTED)).isEqualTo(2);
    }

    @Test
    void unavailableBurst() {
        org.token();
        org.sf.faults().unavailableFor(2);
        assertThat(org.get("limits/").statusCode()).isEqualTo(503);
        HttpResponse<String> second = org.get("limits/");
        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(json(second).get(0).path("errorCode").asText()).isEqualTo("SERVER_UNAVAILABLE");
        assertThat(org.get("limits/").statusCode()).isEqualTo(200);
    }

    @Test
    void latencyDelaysEveryAnswer() {
        org.token();
        org.sf.faults().latency(Duration.ofMillis(300));
        long start = System.nanoTime();
        org.get("limits/");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(org.sf.faults().latency()).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void expiringSessionsForcesANewLogin() {
        assertThat(org.get("limits/").statusCode()).isEqualTo(200);
        org.sf.faults().expireSessions();
        HttpResponse<String> expired = org.get("limits/");
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(json(expired).get(0).path("errorCode").asText()).isEqualTo("INVALID_SESSION_ID");
    }

    @Test
    void heldRowLocksFailWritesUntilReleased() {
        String id = json(org.rest("POST", "sobjects/Account", Map.of("Name", "Locked")))
                .path("id")
                .asText();
        org.sf.faults().lockRows("Account");
        HttpResponse<String> blocked = org.rest("PATCH", "sobjects/Account/" + id, Map.of("Name", "Changed"));
        assertThat(blocked.statusCode()).isEqualTo(400);
        JsonNode error = json(blocked).get(0);
        assertThat(error.path("errorCode").asText()).isEqualTo("UNABLE_TO_LOCK_ROW");
        assertThat(error.path("message").asText())
                .isEqualTo("unable to obtain exclusive access to this record or 1 records: " + id);

        org.sf.faults().releaseRows("Account");
        assertThat(org.rest("PATCH", "sobjects/Account/" + id, Map.of("Name", "Changed"))
                        .statusCode())
                .isEqualTo(204);
    }

    @Test
    void adminEndpointInjectsFaultsShowsStateAndResets() {
        String token = org.token();
        assertThat(admin(
                                "POST",
                                "faults",
                                "{\"kind\":\"fail\",\"count\":1,\"status\":500,\"errorCode\":\"UNKNOWN_EXCEPTION\",\"path\":\"limits\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(org.get("limits/").statusCode()).isEqualTo(500);

        admin("POST", "faults", "{\"kind\":\"unavailable\",\"count\":1}");
        assertThat(org.get("limits/").statusCode()).isEqualTo(503);

        admin("POST", "faults", "{\"kind\":\"lockRows\",\"sobject\":\"Account\"}");
        assertThat(json(org.rest("POST", "sobjects/Account", Map.of("Name", "X")))
                        .get(0)
                        .path("errorCode")
                        .asText())
                .isEqualTo("UNABLE_TO_LOCK_ROW");
        admin("POST", "faults", "{\"kind\":\"releaseRows\",\"sobject\":\"Account\"}");
        assertThat(org.rest("POST", "sobjects/Account", Map.of("Name", "X")).statusCode())
                .isEqualTo(201);

        admin("POST", "faults", "{\"kind\":\"latency\",\"millis\":5}");
        assertThat(org.sf.faults().latency()).isEqualTo(Duration.ofMillis(5));

        JsonNode state = json(admin("GET", "state", null));
        assertThat(state.path("counters")
                        .path(SimulatorCounters.FAULTS_INJECTED)
                        .asInt())
                .isEqualTo(2);
        assertThat(state.path("counters").path(SimulatorCounters.CREATES).asInt())
                .isEqualTo(2);
        assertThat(state.path("apiUsage").path("max").asInt()).isEqualTo(50);

        admin("POST", "faults", "{\"kind\":\"expireSessions\"}");
        assertThat(org.sf.org().userForToken(token)).isEmpty();

        assertThat(admin("POST", "faults", "{\"kind\":\"meteor\"}").statusCode())
                .isEqualTo(400);
        assertThat(admin("POST", "reset", null).statusCode()).isEqualTo(200);
        assertThat(org.sf.faults().latency()).isEqualTo(Duration.ZERO);
        assertThat(json(admin("GET", "state", null))
                        .path("apiUsage")
                        .path("used")
                        .asInt())
                .isZero();
    }
}
