package io.marketsync.sandbox.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketsync.sandbox.SimulatorOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimulatedAwsFaultsTest {

    private static final Map<String, Object> LIST_OFFERS = Map.of("Catalog", "AWSMarketplace", "EntityType", "Offer");
    private static final Map<String, Object> SEARCH = Map.of(
            "catalog",
            "AWSMarketplace",
            "filters",
            List.of(
                    Map.of("name", "PartyType", "values", List.of("Proposer")),
                    Map.of("name", "AgreementType", "values", List.of("PurchaseAgreement"))));

    private final HttpClient http = HttpClient.newHttpClient();
    private SimulatedAwsMarketplace simulator;
    private SignedAwsClient client;

    @BeforeEach
    void start() throws Exception {
        simulator = SimulatedAwsMarketplace.start(SimulatorOptions.freePort());
        client = new SignedAwsClient(
                simulator.baseUri(),
                simulator.credentials().accessKeyId(),
                simulator.credentials().secretAccessKey());
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void throttlesAboveTheConfiguredRateOnBothApis() throws Exception {
        // One request per thousand seconds: the bucket holds one token, so the second call finds it empty.
        simulator.throttle(0.001);

        assertThat(client.catalogPost("ListEntities", LIST_OFFERS).status()).isEqualTo(200);
        SignedAwsClient.Response catalog = client.catalogPost("ListEntities", LIST_OFFERS);
        SignedAwsClient.Response agreement = client.agreement("SearchAgreements", SEARCH);

        assertThat(catalog.status()).isEqualTo(429);
        assertThat(catalog.header("x-amzn-ErrorType")).startsWith("ThrottlingException");
        assertThat(catalog.body().path("Message").asText()).isEqualTo("Rate exceeded");
        assertThat(agreement.status()).isEqualTo(429);
        assertThat(agreement.body().path("__type").asText()).endsWith("#ThrottlingException");

        simulator.throttle(0);
        assertThat(client.catalogPost("ListEntities", LIST_OFFERS).status()).isEqualTo(200);
    }

    @Test
    void failsTheNextCallsOfOneOperationOnly() throws Exception {
        simulator.faults().failNext("SearchAgreements", 2, 500);
        simulator.faults().failNext("ListEntities", 1, 503);

        SignedAwsClient.Response first = client.agreement("SearchAgreements", SEARCH);
        SignedAwsClient.Response second = client.agreement("SearchAgreements", SEARCH);
        SignedAwsClient.Response third = client.agreement("SearchAgreements", SEARCH);
        SignedAwsClient.Response catalog = client.catalogPost("ListEntities", LIST_OFFERS);

        assertThat(first.status()).isEqualTo(500);
        assertThat(first.body().path("__type").asText()).endsWith("#InternalServerException");
        assertThat(second.status()).isEqualTo(500);
        assertThat(third.status()).isEqualTo(200);
        assertThat(catalog.status()).isEqualTo(503);
        assertThat(catalog.header("x-amzn-ErrorType")).startsWith("ServiceUnavailableException");
        assertThat(client.catalogPost("ListEntities", LIST_OFFERS).status()).isEqualTo(200);
        assertThat(simulator.state().calls("SearchAgreements")).isEqualTo(3);
        assertThat(simulator.state().calls("ListEntities")).isEqualTo(2);
    }

    @Test
    void adminEndpointsInjectFaultsAndReportState() throws Exception {
        HttpResponse<String> added = http.send(
                HttpRequest.newBuilder(admin("faults"))
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"operation\":\"DescribeEntity\",\"count\":1,\"status\":500}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(added.statusCode()).isEqualTo(204);

        String offerId = simulator.state().entities("Offer").get(0).entityId();
        SignedAwsClient.Response failed = client.describeEntity(offerId);
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.header("x-amzn-ErrorType")).startsWith("InternalServiceException");
        assertThat(client.describeEntity(offerId).status()).isEqualTo(200);

        JsonNode state = SignedAwsClient.JSON.readTree(
                http.send(HttpRequest.newBuilder(admin("state")).GET().build(), HttpResponse.BodyHandlers.ofString())
                        .body());
        assertThat(state.path("entities").path("Offer").asInt()).isEqualTo(SampleMarketplaceData.OFFERS);
        assertThat(state.path("agreements").asInt()).isEqualTo(SampleMarketplaceData.AGREEMENTS);
        assertThat(state.path("agreementStatuses").path("ACTIVE").asInt()).isEqualTo(3);
        assertThat(state.path("calls").path("DescribeEntity").asInt()).isEqualTo(2);
        assertThat(state.path("pendingFaults").asInt()).isZero();
    }

    @Test
    void adminEndpointsChangeOneAgreementAndOneEntity() throws Exception {
        StoredAgreement agreement = simulator.state().agreements().get(0);
        CatalogEntity offer = simulator.state().entities("Offer").get(0);

        HttpResponse<String> status = http.send(
                HttpRequest.newBuilder(admin("agreements/" + agreement.agreementId()))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"status\":\"RENEWED\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> renamed = http.send(
                HttpRequest.newBuilder(admin("entities/" + offer.entityId()))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"Name\":\"Spring promotion\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(client.agreement("DescribeAgreement", Map.of("agreementId", agreement.agreementId()))
                        .body()
                        .path("status")
                        .asText())
                .isEqualTo("RENEWED");
        assertThat(renamed.statusCode()).isEqualTo(200);
        JsonNode described = client.describeEntity(offer.entityId()).body();
        assertThat(described.path("DetailsDocument").path("Name").asText()).isEqualTo("Spring promotion");
        assertThat(described.path("EntityIdentifier").asText()).isEqualTo(offer.entityId() + "@2");
        assertThat(described.path("LastModifiedDate").asText()).isGreaterThan(WireTimestamps.iso(offer.lastModified()));
    }

    private URI admin(String path) {
        return simulator.baseUri().resolve("/_sim/aws/" + path);
    }
}
