package io.marketsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketsync.sandbox.LoopbackHttpServer;
import io.marketsync.sandbox.SimHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bulk API 2.0 ingest over loopback HTTP, behind a stand-in for the router that authenticates the call. */
class Bulk2ApiTest {

    private static final String USER = "005000000000007AAA";
    private static final String INGEST = "/services/data/v60.0/jobs/ingest";

    private final Bulk2TestOrg org = new Bulk2TestOrg();
    private final HttpClient http = HttpClient.newHttpClient();
    private Bulk2Api bulk;
    private LoopbackHttpServer server;

    @BeforeEach
    void start() {
        bulk = new Bulk2Api(org);
        server = new LoopbackHttpServer("bulk2-test", 0)
                .handle("/services/data/", exchange -> {
                    if (exchange.getRequestHeaders().containsKey("Authorization")) {
                        exchange.setAttribute(Bulk2Api.USER_ID_ATTRIBUTE, USER);
                    }
                    bulk.handle(exchange);
                })
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
        bulk.close();
    }

    @Test
    void upsertJobRunsToCompletionWithPerRowResults() throws Exception {
        JsonNode created = json(call(
                "POST",
                INGEST,
                "application/json",
                "{\"object\":\"Offer__c\",\"operation\":\"upsert\",\"externalIdFieldName\":\"Offer_Id__c\","
                        + "\"contentType\":\"CSV\",\"lineEnding\":\"LF\",\"columnDelimiter\":\"COMMA\"}"));
        String id = created.get("id").asText();
        assertThat(id).hasSize(18).startsWith("750");
        assertThat(created.get("state").asText()).isEqualTo("Open");
        assertThat(created.get("createdById").asText()).isEqualTo(USER);
        assertThat(created.get("contentUrl").asText()).isEqualTo("services/data/v60.0/jobs/ingest/" + id + "/batches");
        assertThat(created.get("apiVersion").asDouble()).isEqualTo(60.0);
        assertThat(created.get("concurrencyMode").asText()).isEqualTo("Parallel");

        String csv = "Offer_Id__c,Name,Notes__c,Account__r.AWS_Account_Id__c\n"
                + "offer-1,Offer 1,\"multi\nline, \"\"quoted\"\"\",111122223333\n"
                + "offer-2,\"Offer, two\",#N/A,\n"
                + "offer-3,,no name,\n";
        assertThat(call("PUT", INGEST + "/" + id + "/batches", "text/csv", csv).statusCode())
                .isEqualTo(201);
        JsonNode closed = json(call("PATCH", INGEST + "/" + id, "application/json", "{\"state\":\"UploadComplete\"}"));
        assertThat(closed.get("state").asText()).isEqualTo("UploadComplete");

        JsonNode done = awaitFinalState(id);
        assertThat(done.get("state").asText()).isEqualTo("JobComplete");
        assertThat(done.get("jobType").asText()).isEqualTo("V2Ingest");
        assertThat(done.get("numberRecordsProcessed").asInt()).isEqualTo(3);
        assertThat(done.get("numberRecordsFailed").asInt()).isEqualTo(1);

        Map<String, Object> first =
                org.findBy("Offer__c", "Offer_Id__c", "offer-1").orElseThrow();
        assertThat(first)
                .containsEntry("Notes__c", "multi\nline, \"quoted\"")
                .containsEntry("Account__r", Map.of("AWS_Account_Id__c", "111122223333"));
        Map<String, Object> second =
                org.findBy("Offer__c", "Offer_Id__c", "offer-2").orElseThrow();
        assertThat(second).containsEntry("Notes__c", null).doesNotContainKey("Account__r");
        assertThat(org.writes()).allSatisfy(w -> assertThat(w.userId()).isEqualTo(USER));

        String firstId = (String) first.get("Id");
        String secondId = (String) second.get("Id");
        assertThat(call("GET", INGEST + "/" + id + "/successfulResults/", null, null)
                        .body())
                .isEqualTo("\"sf__Id\",\"sf__Created\",Offer_Id__c,Name,Notes__c,Account__r.AWS_Account_Id__c\n"
                        + "\"" + firstId + "\",\"true\",offer-1,Offer 1,\"multi\nline, \"\"quoted\"\"\",111122223333\n"
                        + "\"" + secondId + "\",\"true\",offer-2,\"Offer, two\",#N/A,\n");
        assertThat(call("GET", INGEST + "/" + id + "/failedResults/", null, null)
                        .body())
                .isEqualTo("\"sf__Id\",\"sf__Error\",Offer_Id__c,Name,Notes__c,Account__r.AWS_Account_Id__c\n"
                        + "\"\",\"REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --\","
                        + "offer-3,,no name,\n");
        assertThat(call("GET", INGEST + "/" + id + "/unprocessedrecords/", null, null)
                        .body())
                .isEqualTo("Offer_Id__c,Name,Notes__c,Account__r.AWS_Account_Id__c\n");
    }

    @Test
    void secondUpsertUpdatesAndReportsNotCreated() throws Exception {
        runJob("upsert", "Offer_Id__c", "Offer_Id__c,Name\noffer-1,First\n");
        String id = runJob("upsert", "Offer_Id__c", "Offer_Id__c,Name\noffer-1,Renamed\n");

        assertThat(call("GET", INGEST + "/" + id + "/successfulResults", null, null)
                        .body())
                .contains(",\"false\",offer-1,Renamed");
        assertThat(org.findBy("Offer__c", "Offer_Id__c", "offer-1").orElseThrow())
                .containsEntry("Name", "Renamed");
    }

    @Test
    void updateAndDeleteAddressRecordsById() throws Exception {
        runJob("insert", null, "Name,Status__c\nKept,Active\nGone,Active\n");
        String kept =
                (String) org.findBy("Offer__c", "Name", "Kept").orElseThrow().get("Id");
        String gone =
                (String) org.findBy("Offer__c", "Name", "Gone").orElseThrow().get("Id");

        String update = runJob("update", null, "Id,Status__c\n" + kept + ",Expired\n,Expired\n");
        String delete = runJob("delete", null, "Id\n" + gone + "\n" + gone + "\n");

        assertThat(org.record("Offer__c", kept)).containsEntry("Status__c", "Expired");
        assertThat(org.record("Offer__c", gone)).isNull();
        assertThat(call("GET", INGEST + "/" + update + "/failedResults", null, null)
                        .body())
                .endsWith("\"\",\"MISSING_ARGUMENT:Id not specified:--\",,Expired\n");
        assertThat(call("GET", INGEST + "/" + delete + "/failedResults", null, null)
                        .body())
                .endsWith("\"" + gone + "\",\"ENTITY_IS_DELETED:entity is deleted:--\"," + gone + "\n");
    }

    @Test
    void abortedJobLeavesEveryRowUnprocessed() throws Exception {
        String id = createJob("insert", null);
        call("PUT", INGEST + "/" + id + "/batches", "text/csv", "Name\nOne\nTwo\n");

        JsonNode aborted = json(call("PATCH", INGEST + "/" + id, "application/json", "{\"state\":\"Aborted\"}"));

        assertThat(aborted.get("state").asText()).isEqualTo("Aborted");
        assertThat(call("GET", INGEST + "/" + id + "/unprocessedrecords", null, null)
                        .body())
                .isEqualTo("Name\nOne\nTwo\n");
        assertThat(call("PATCH", INGEST + "/" + id, "application/json", "{\"state\":\"UploadComplete\"}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(org.writes()).isEmpty();
    }

    @Test
    void uploadAfterCloseIsRefused() throws Exception {
        String id = createJob("insert", null);
        call("PUT", INGEST + "/" + id + "/batches", "text/csv", "Name\nOne\n");
        call("PATCH", INGEST + "/" + id, "application/json", "{\"state\":\"UploadComplete\"}");

        HttpResponse<String> late = call("PUT", INGEST + "/" + id + "/batches", "text/csv", "Name\nTwo\n");

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(json(late).get(0).get("errorCode").asText()).isEqualTo("INVALIDJOBSTATE");
    }

    @Test
    void dataWithTheWrongLineEndingFailsTheJob() throws Exception {
        String id = createJob("insert", null);
        call("PUT", INGEST + "/" + id + "/batches", "text/csv", "Name\r\nOne\r\n");
        call("PATCH", INGEST + "/" + id, "application/json", "{\"state\":\"UploadComplete\"}");

        JsonNode failed = awaitFinalState(id);

        assertThat(failed.get("state").asText()).isEqualTo("Failed");
        assertThat(failed.get("errorMessage").asText())
                .isEqualTo("ClientInputError : LineEnding is invalid on user data. Current LineEnding setting is LF");
    }

    @Test
    void jobsAreListedAndCanBeDeleted() throws Exception {
        String first = runJob("insert", null, "Name\nOne\n");
        String second = createJob("insert", null);

        JsonNode page = json(call("GET", INGEST, null, null));
        assertThat(page.get("done").asBoolean()).isTrue();
        assertThat(page.get("records").findValuesAsText("id")).containsExactly(first, second);

        assertThat(call("DELETE", INGEST + "/" + second, null, null).statusCode())
                .isEqualTo(409);
        assertThat(call("DELETE", INGEST + "/" + first, null, null).statusCode())
                .isEqualTo(204);
        HttpResponse<String> gone = call("GET", INGEST + "/" + first, null, null);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(json(gone).get(0).get("errorCode").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void invalidJobDefinitionsAreRefused() throws Exception {
        HttpResponse<String> noExternalId =
                call("POST", INGEST, "application/json", "{\"object\":\"Offer__c\",\"operation\":\"upsert\"}");
        HttpResponse<String> badOperation =
                call("POST", INGEST, "application/json", "{\"object\":\"Offer__c\",\"operation\":\"merge\"}");

        assertThat(noExternalId.statusCode()).isEqualTo(400);
        assertThat(json(noExternalId).get(0).get("errorCode").asText()).isEqualTo("INVALIDJOB");
        assertThat(badOperation.statusCode()).isEqualTo(400);
    }

    @Test
    void callWithoutAnAuthenticatedUserIsRejected() throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(server.baseUri().resolve(INGEST)).GET().build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("INVALID_SESSION_ID");
    }

    private String runJob(String operation, String externalIdField, String csv) throws Exception {
        String id = createJob(operation, externalIdField);
        call("PUT", INGEST + "/" + id + "/batches", "text/csv", csv);
        call("PATCH", INGEST + "/" + id, "application/json", "{\"state\":\"UploadComplete\"}");
        assertThat(awaitFinalState(id).get("state").asText()).isEqualTo("JobComplete");
        return id;
    }

    private String createJob(String operation, String externalIdField) throws Exception {
        String externalId = externalIdField == null ? "" : ",\"externalIdFieldName\":\"" + externalIdField + "\"";
        String body = "{\"object\":\"Offer__c\",\"operation\":\"" + operation + "\"" + externalId + "}";
        return json(call("POST", INGEST, "application/json", body)).get("id").asText();
    }

    /** Polls the job like camel-salesforce does until it reaches a final state. */
    private JsonNode awaitFinalState(String id) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(giveUp)) {
            JsonNode job = json(call("GET", INGEST + "/" + id, null, null));
            String state = job.get("state").asText();
            if (state.equals("JobComplete") || state.equals("Failed") || state.equals("Aborted")) {
                return job;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("job " + id + " did not finish within 30 seconds");
    }

    private HttpResponse<String> call(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUri() + path))
                .header("Authorization", "Bearer test-token")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return SimHttp.JSON.readTree(response.body());
    }
}
