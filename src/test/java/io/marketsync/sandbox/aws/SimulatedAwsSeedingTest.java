package io.marketsync.sandbox.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketsync.sandbox.Simulator;
import io.marketsync.sandbox.SimulatorFactory;
import io.marketsync.sandbox.SimulatorOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class SimulatedAwsSeedingTest {

    private static final Path DATA = Path.of("src/test/resources/sandbox/aws/data");

    @Test
    void theFactoryIsRegisteredForSimulate() {
        assertThat(ServiceLoader.load(SimulatorFactory.class).stream()
                        .map(p -> p.get().name()))
                .contains("aws");
    }

    @Test
    void seedsFromRealFormatResponsesInTheDataDirectory() throws Exception {
        SimulatorFactory factory = ServiceLoader.load(SimulatorFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(f -> f.name().equals("aws"))
                .findFirst()
                .orElseThrow();
        try (Simulator started = factory.start(new SimulatorOptions(0, Optional.of(DATA)))) {
            SimulatedAwsMarketplace simulator = (SimulatedAwsMarketplace) started;
            SignedAwsClient client = new SignedAwsClient(
                    simulator.baseUri(),
                    started.clientProperties().get("marketsync.aws.access-key-id"),
                    started.clientProperties().get("marketsync.aws.secret-access-key"));

            assertThat(simulator.state().entityCounts())
                    .isEqualTo(Map.of("SaaSProduct", 1, "Offer", 1, "ResaleAuthorization", 1));

            JsonNode offers = client.catalogPost(
                            "ListEntities", Map.of("Catalog", "AWSMarketplace", "EntityType", "Offer"))
                    .body()
                    .path("EntitySummaryList");
            assertThat(offers).hasSize(1);
            JsonNode offer = offers.get(0);
            assertThat(offer.path("EntityId").asText()).isEqualTo("offer-h3n8vb2ylq0tc");
            assertThat(offer.path("Name").asText()).isEqualTo("Blue Yonder Freight - 2 year seats");
            assertThat(offer.path("Visibility").asText()).isEqualTo("Private");
            assertThat(offer.path("OfferSummary").path("BuyerAccounts").get(0).asText())
                    .isEqualTo("402918375564");
            assertThat(offer.path("OfferSummary").path("AvailabilityEndDate").asText())
                    .isEqualTo("2025-12-31T00:00:00Z");

            JsonNode described = client.describeEntity("offer-h3n8vb2ylq0tc").body();
            assertThat(described.path("EntityIdentifier").asText()).isEqualTo("offer-h3n8vb2ylq0tc@2");
            assertThat(described
                            .path("DetailsDocument")
                            .path("Terms")
                            .get(0)
                            .path("CurrencyCode")
                            .asText())
                    .isEqualTo("EUR");

            JsonNode resale = client.catalogPost(
                            "ListEntities", Map.of("Catalog", "AWSMarketplace", "EntityType", "ResaleAuthorization"))
                    .body()
                    .path("EntitySummaryList")
                    .get(0);
            assertThat(resale.path("ResaleAuthorizationSummary")
                            .path("ResellerAccountID")
                            .asText())
                    .isEqualTo("615384920731");

            JsonNode contract = client.agreement(
                            "DescribeAgreement", Map.of("agreementId", "agmt-7kq2m9x4d1w8p3n6b5v0c2z7r"))
                    .body();
            assertThat(contract.path("estimatedCharges").path("agreementValue").asText())
                    .isEqualTo("19200.00");
            JsonNode terms = client.agreement(
                            "GetAgreementTerms", Map.of("agreementId", "agmt-7kq2m9x4d1w8p3n6b5v0c2z7r"))
                    .body()
                    .path("acceptedTerms");
            assertThat(terms).hasSize(3);
            assertThat(terms.get(1)
                            .path("validityTerm")
                            .path("agreementStartDate")
                            .asLong())
                    .as("ISO dates in a seed file are served as epoch seconds")
                    .isEqualTo(1764547200L);

            JsonNode usage = client.agreement(
                            "DescribeAgreement", Map.of("agreementId", "agmt-3f8n1p6q9w2k5m7x0c4v8b1z6"))
                    .body();
            assertThat(usage.path("startTime").asLong()).isEqualTo(1741593600L);
            assertThat(client.agreement("GetAgreementTerms", Map.of("agreementId", "agmt-3f8n1p6q9w2k5m7x0c4v8b1z6"))
                            .body()
                            .path("acceptedTerms"))
                    .isEmpty();
        }
    }

    @Test
    void generatedSampleDataIsTheSameOnEveryStart() throws Exception {
        try (SimulatedAwsMarketplace first = SimulatedAwsMarketplace.start(SimulatorOptions.freePort());
                SimulatedAwsMarketplace second = SimulatedAwsMarketplace.start(SimulatorOptions.freePort())) {
            assertThat(first.state().entityCounts())
                    .isEqualTo(Map.of(
                            "SaaSProduct", 1,
                            "AmiProduct", 1,
                            "ContainerProduct", 1,
                            "Offer", SampleMarketplaceData.OFFERS,
                            "ResaleAuthorization", SampleMarketplaceData.RESALE_AUTHORIZATIONS));
            assertThat(first.state().agreements()).hasSize(SampleMarketplaceData.AGREEMENTS);
            assertThat(first.state().agreements().stream()
                            .map(StoredAgreement::status)
                            .sorted())
                    .containsExactly("ACTIVE", "ACTIVE", "ACTIVE", "CANCELLED", "EXPIRED");
            List<String> firstIds = first.state().agreements().stream()
                    .map(StoredAgreement::agreementId)
                    .toList();
            List<String> secondIds = second.state().agreements().stream()
                    .map(StoredAgreement::agreementId)
                    .toList();
            assertThat(firstIds).isEqualTo(secondIds);
            assertThat(first.state().entities("Offer")).isEqualTo(second.state().entities("Offer"));
            for (StoredAgreement agreement : first.state().agreements()) {
                String offerId = agreement
                        .describeResponse()
                        .path("proposalSummary")
                        .path("offerId")
                        .asText();
                assertThat(first.state().entity(offerId))
                        .as("offer of %s", agreement.agreementId())
                        .isPresent();
                assertThat(agreement.acceptedTerms()).isNotEmpty();
            }
            assertThat(first.credentials().accessKeyId())
                    .isNotEqualTo(second.credentials().accessKeyId());
        }
    }
}
