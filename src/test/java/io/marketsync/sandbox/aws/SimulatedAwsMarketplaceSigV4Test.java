package io.marketsync.sandbox.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketsync.sandbox.SimulatorOptions;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SimulatedAwsMarketplaceSigV4Test {

    private static final Map<String, Object> LIST_SAAS =
            Map.of("Catalog", "AWSMarketplace", "EntityType", "SaaSProduct");
    private static final Map<String, Object> SEARCH = Map.of(
            "catalog",
            "AWSMarketplace",
            "filters",
            java.util.List.of(
                    Map.of("name", "PartyType", "values", java.util.List.of("Proposer")),
                    Map.of("name", "AgreementType", "values", java.util.List.of("PurchaseAgreement"))));

    private static SimulatedAwsMarketplace simulator;
    private static SignedAwsClient client;

    @BeforeAll
    static void start() throws Exception {
        simulator = SimulatedAwsMarketplace.start(SimulatorOptions.freePort());
        client = new SignedAwsClient(
                simulator.baseUri(),
                simulator.credentials().accessKeyId(),
                simulator.credentials().secretAccessKey());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void signedRequestsOfBothApisAreAnswered() throws Exception {
        assertThat(client.catalogPost("ListEntities", LIST_SAAS).status()).isEqualTo(200);
        assertThat(client.describeEntity(
                                simulator.state().entities("Offer").get(0).entityId())
                        .status())
                .isEqualTo(200);
        assertThat(client.agreement("SearchAgreements", SEARCH).status()).isEqualTo(200);
    }

    @Test
    void unsignedCatalogCallIsRefusedAsTheFrontEndDoes() throws Exception {
        SignedAwsClient.Response response =
                client.sendUnsigned("POST", "/ListEntities", "application/json", null, LIST_SAAS);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("x-amzn-ErrorType")).isEqualTo("MissingAuthenticationTokenException");
        assertThat(response.body().path("message").asText()).isEqualTo("Missing Authentication Token");
    }

    @Test
    void unsignedAgreementCallIsRefusedWithAwsJsonError() throws Exception {
        SignedAwsClient.Response response = client.sendUnsigned(
                "POST", "/", "application/x-amz-json-1.0", "AWSMPCommerceService_v20200301.SearchAgreements", SEARCH);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body().path("__type").asText()).endsWith("#MissingAuthenticationTokenException");
    }

    @Test
    void bodyChangedAfterSigningFailsTheSignature() throws Exception {
        SignedAwsClient.Signed signed =
                client.signed("POST", "/ListEntities", Map.of(), "application/json", null, LIST_SAAS);
        byte[] tampered = new String(signed.body(), StandardCharsets.UTF_8)
                .replace("SaaSProduct", "AmiProduct")
                .getBytes(StandardCharsets.UTF_8);

        SignedAwsClient.Response response = client.send(new SignedAwsClient.Signed(signed.request(), tampered));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("x-amzn-ErrorType")).isEqualTo("InvalidSignatureException");
        assertThat(response.body().path("message").asText())
                .startsWith("The request signature we calculated does not match the signature you provided.");
    }

    @Test
    void wrongSecretFailsTheSignatureOnTheAgreementApi() throws Exception {
        SignedAwsClient wrongSecret = new SignedAwsClient(
                simulator.baseUri(),
                simulator.credentials().accessKeyId(),
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYWRONGSECRET");

        SignedAwsClient.Response response = wrongSecret.agreement("SearchAgreements", SEARCH);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body().path("__type").asText()).endsWith("#InvalidSignatureException");
        assertThat(response.body().path("message").asText()).contains("does not match the signature you provided");
    }

    @Test
    void unknownAccessKeyIsUnrecognized() throws Exception {
        SignedAwsClient stranger = new SignedAwsClient(
                simulator.baseUri(),
                "AKIAIOSFODNN7EXAMPLE",
                simulator.credentials().secretAccessKey());

        SignedAwsClient.Response response = stranger.catalogPost("ListEntities", LIST_SAAS);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("x-amzn-ErrorType")).isEqualTo("UnrecognizedClientException");
        assertThat(response.body().path("message").asText())
                .isEqualTo("The security token included in the request is invalid.");
    }

    @Test
    void requestSignedForAnotherServiceIsRefused() throws Exception {
        SignedAwsClient.Signed signed =
                client.signed("POST", "/ListEntities", Map.of(), "application/json", null, LIST_SAAS);
        String authorization =
                signed.request().firstMatchingHeader("Authorization").orElseThrow();
        SignedAwsClient.Signed otherService = new SignedAwsClient.Signed(
                signed.request().toBuilder()
                        .putHeader("Authorization", authorization.replace("/aws-marketplace/", "/execute-api/"))
                        .build(),
                signed.body());

        SignedAwsClient.Response response = client.send(otherService);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body().path("message").asText()).contains("correct service: 'aws-marketplace'");
    }

    @Test
    void clientPropertiesCarryTheKeysTheSimulatorAccepts() {
        Map<String, String> properties = simulator.clientProperties();

        assertThat(properties)
                .containsEntry("marketsync.aws.region", "us-east-1")
                .containsEntry(
                        "marketsync.aws.catalog.endpoint", simulator.baseUri().toString())
                .containsEntry(
                        "marketsync.aws.agreement.endpoint", simulator.baseUri().toString())
                .containsEntry(
                        "marketsync.aws.access-key-id", simulator.credentials().accessKeyId())
                .containsEntry(
                        "marketsync.aws.secret-access-key",
                        simulator.credentials().secretAccessKey());
        assertThat(properties.get("marketsync.aws.access-key-id")).matches("AKIA[A-Z2-7]{16}");
        assertThat(simulator.describe()).doesNotContain(simulator.credentials().secretAccessKey());
    }
}
