package io.marketsync.sandbox.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketsync.sandbox.SimulatorOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimulatedAwsCatalogApiTest {

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
    void listsEachProductTypeWithItsTypedSummary() throws Exception {
        for (String type : List.of("SaaSProduct", "AmiProduct", "ContainerProduct")) {
            JsonNode list =
                    ok(client.catalogPost("ListEntities", Map.of("Catalog", "AWSMarketplace", "EntityType", type)));

            assertThat(list.path("EntitySummaryList")).hasSize(1);
            JsonNode summary = list.path("EntitySummaryList").get(0);
            assertThat(summary.path("EntityType").asText()).isEqualTo(type);
            assertThat(summary.path("EntityId").asText()).startsWith("prod-");
            assertThat(summary.path("EntityArn").asText())
                    .startsWith("arn:aws:aws-marketplace:us-east-1:530127486901:AWSMarketplace/" + type + "/prod-");
            assertThat(summary.path("LastModifiedDate").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            assertThat(summary.path(type + "Summary").path("ProductTitle").asText())
                    .isEqualTo(summary.path("Name").asText());
            assertThat(summary.path(type + "Summary").path("Visibility").asText())
                    .isEqualTo(summary.path("Visibility").asText());
            assertThat(list.has("NextToken")).isFalse();
        }
        JsonNode data = ok(
                client.catalogPost("ListEntities", Map.of("Catalog", "AWSMarketplace", "EntityType", "DataProduct")));
        assertThat(data.path("EntitySummaryList")).isEmpty();
    }

    @Test
    void filtersPrivateOffersByBuyerTargeting() throws Exception {
        JsonNode list = ok(client.catalogPost(
                "ListEntities",
                Map.of(
                        "Catalog", "AWSMarketplace",
                        "EntityType", "Offer",
                        "EntityTypeFilters",
                                Map.of(
                                        "OfferFilters",
                                        Map.of("Targeting", Map.of("ValueList", List.of("BuyerAccounts")))))));

        assertThat(list.path("EntitySummaryList")).hasSize(SampleMarketplaceData.PRIVATE_OFFERS);
        for (JsonNode offer : list.path("EntitySummaryList")) {
            assertThat(offer.path("Visibility").asText()).isEqualTo("Private");
            assertThat(offer.path("OfferSummary").path("BuyerAccounts")).isNotEmpty();
            assertThat(offer.path("OfferSummary").path("BuyerAccounts").get(0).asText())
                    .matches("\\d{12}");
            assertThat(offer.path("OfferSummary").path("State").asText()).isEqualTo("Released");
            assertThat(offer.path("OfferSummary").path("AvailabilityEndDate").asText())
                    .endsWith("Z");
            assertThat(offer.path("OfferSummary").path("ProductId").asText()).startsWith("prod-");
        }
        JsonNode untargeted = ok(client.catalogPost(
                "ListEntities",
                Map.of(
                        "Catalog", "AWSMarketplace",
                        "EntityType", "Offer",
                        "EntityTypeFilters",
                                Map.of("OfferFilters", Map.of("Targeting", Map.of("ValueList", List.of("None")))))));
        assertThat(untargeted.path("EntitySummaryList"))
                .hasSize(SampleMarketplaceData.OFFERS - SampleMarketplaceData.PRIVATE_OFFERS);
    }

    @Test
    void lastModifiedDateRangeReturnsOnlyEntitiesChangedSinceTheWatermark() throws Exception {
        CatalogEntity offer = simulator.state().entities("Offer").get(0);
        CatalogEntity changed =
                simulator.state().updateEntity(offer.entityId(), details -> details.put("Name", "Renamed offer"));
        Map<String, Object> sinceChange = Map.of(
                "Catalog", "AWSMarketplace",
                "EntityType", "Offer",
                "EntityTypeFilters",
                        Map.of(
                                "OfferFilters",
                                Map.of(
                                        "LastModifiedDate",
                                        Map.of(
                                                "DateRange",
                                                Map.of("AfterValue", WireTimestamps.iso(changed.lastModified()))))));

        JsonNode list = ok(client.catalogPost("ListEntities", sinceChange));

        assertThat(list.path("EntitySummaryList")).hasSize(1);
        assertThat(list.path("EntitySummaryList").get(0).path("EntityId").asText())
                .isEqualTo(offer.entityId());
        assertThat(list.path("EntitySummaryList").get(0).path("Name").asText()).isEqualTo("Renamed offer");
        assertThat(changed.lastModified()).isAfter(offer.lastModified());
        assertThat(changed.revision()).isEqualTo(offer.revision() + 1);
    }

    @Test
    void pagesThroughOffersSortedByLastModifiedDate() throws Exception {
        Map<String, Object> request = new HashMap<>(Map.of(
                "Catalog",
                "AWSMarketplace",
                "EntityType",
                "Offer",
                "MaxResults",
                2,
                "EntityTypeSort",
                Map.of("OfferSort", Map.of("SortBy", "LastModifiedDate", "SortOrder", "DESCENDING"))));
        List<String> dates = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int pages = 0;
        do {
            JsonNode page = ok(client.catalogPost("ListEntities", request));
            pages++;
            assertThat(page.path("EntitySummaryList").size()).isLessThanOrEqualTo(2);
            page.path("EntitySummaryList").forEach(s -> {
                dates.add(s.path("LastModifiedDate").asText());
                ids.add(s.path("EntityId").asText());
            });
            request.put("NextToken", page.path("NextToken").asText(null));
        } while (request.get("NextToken") != null);

        assertThat(pages).isEqualTo(3);
        assertThat(ids).hasSize(SampleMarketplaceData.OFFERS).doesNotHaveDuplicates();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void tamperedOrForeignNextTokenIsAValidationError() throws Exception {
        Map<String, Object> first = Map.of("Catalog", "AWSMarketplace", "EntityType", "Offer", "MaxResults", 1);
        String token =
                ok(client.catalogPost("ListEntities", first)).path("NextToken").asText();

        SignedAwsClient.Response garbage = client.catalogPost(
                "ListEntities",
                Map.of("Catalog", "AWSMarketplace", "EntityType", "Offer", "NextToken", "bm90LWEtdG9rZW4"));
        SignedAwsClient.Response otherQuery = client.catalogPost(
                "ListEntities", Map.of("Catalog", "AWSMarketplace", "EntityType", "SaaSProduct", "NextToken", token));

        for (SignedAwsClient.Response response : List.of(garbage, otherQuery)) {
            assertThat(response.status()).isEqualTo(422);
            assertThat(response.header("x-amzn-ErrorType")).startsWith("ValidationException");
            assertThat(response.body().path("Message").asText()).contains("pagination token");
        }
    }

    @Test
    void rejectsAFilterUnionThatDoesNotMatchTheEntityTypeAndMaxResultsOutOfRange() throws Exception {
        SignedAwsClient.Response wrongUnion = client.catalogPost(
                "ListEntities",
                Map.of(
                        "Catalog", "AWSMarketplace",
                        "EntityType", "Offer",
                        "EntityTypeFilters",
                                Map.of(
                                        "SaaSProductFilters",
                                        Map.of("Visibility", Map.of("ValueList", List.of("Public"))))));
        SignedAwsClient.Response tooMany = client.catalogPost(
                "ListEntities", Map.of("Catalog", "AWSMarketplace", "EntityType", "Offer", "MaxResults", 51));

        assertThat(wrongUnion.status()).isEqualTo(422);
        assertThat(wrongUnion.body().path("Message").asText()).contains("OfferFilters");
        assertThat(tooMany.status()).isEqualTo(422);
    }

    @Test
    void filtersProductsByVisibilityAndResaleAuthorizationsByReseller() throws Exception {
        JsonNode limited = ok(client.catalogPost(
                "ListEntities",
                Map.of(
                        "Catalog", "AWSMarketplace",
                        "EntityType", "ContainerProduct",
                        "EntityTypeFilters",
                                Map.of(
                                        "ContainerProductFilters",
                                        Map.of("Visibility", Map.of("ValueList", List.of("Public")))))));
        assertThat(limited.path("EntitySummaryList")).isEmpty();

        JsonNode resale = ok(client.catalogPost(
                "ListEntities", Map.of("Catalog", "AWSMarketplace", "EntityType", "ResaleAuthorization")));
        assertThat(resale.path("EntitySummaryList")).hasSize(SampleMarketplaceData.RESALE_AUTHORIZATIONS);
        JsonNode summary = resale.path("EntitySummaryList").get(0).path("ResaleAuthorizationSummary");
        assertThat(summary.path("Status").asText()).isEqualTo("Active");
        assertThat(summary.path("ResellerAccountID").asText()).matches("\\d{12}");
        assertThat(summary.path("ManufacturerAccountId").asText()).isEqualTo(SampleMarketplaceData.SELLER_ACCOUNT_ID);

        JsonNode byReseller = ok(client.catalogPost(
                "ListEntities",
                Map.of(
                        "Catalog", "AWSMarketplace",
                        "EntityType", "ResaleAuthorization",
                        "EntityTypeFilters",
                                Map.of(
                                        "ResaleAuthorizationFilters",
                                        Map.of(
                                                "ResellerAccountID",
                                                Map.of(
                                                        "ValueList",
                                                        List.of(
                                                                summary.path("ResellerAccountID")
                                                                        .asText())))))));
        assertThat(byReseller.path("EntitySummaryList")).hasSize(1);
    }

    @Test
    void describesAnOfferWithDetailsStringAndDocument() throws Exception {
        CatalogEntity offer = privateOffer();

        JsonNode described = ok(client.describeEntity(offer.entityId()));

        assertThat(described.path("EntityType").asText()).isEqualTo("Offer@1.0");
        assertThat(described.path("EntityIdentifier").asText()).isEqualTo(offer.entityId() + "@1");
        assertThat(described.path("EntityArn").asText()).endsWith("AWSMarketplace/Offer/" + offer.entityId());
        assertThat(SignedAwsClient.JSON.readTree(described.path("Details").asText()))
                .isEqualTo(described.path("DetailsDocument"));
        JsonNode document = described.path("DetailsDocument");
        List<String> termTypes = new ArrayList<>();
        document.path("Terms").forEach(t -> termTypes.add(t.path("Type").asText()));
        assertThat(termTypes)
                .contains(
                        "ConfigurableUpfrontPricingTerm",
                        "ValidityTerm",
                        "PaymentScheduleTerm",
                        "LegalTerm",
                        "SupportTerm");
        assertThat(document.path("Rules").findValues("BuyerAccounts")).isNotEmpty();
    }

    @Test
    void describingAnUnknownEntityIsNotFound() throws Exception {
        SignedAwsClient.Response response = client.describeEntity("offer-doesnotexist1");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("x-amzn-ErrorType")).startsWith("ResourceNotFoundException");
        assertThat(response.body().path("Message").asText()).contains("offer-doesnotexist1");
    }

    @Test
    void batchDescribesKnownEntitiesAndReportsUnknownOnes() throws Exception {
        CatalogEntity product = simulator.state().entities("SaaSProduct").get(0);
        CatalogEntity offer = privateOffer();

        JsonNode batch = ok(client.catalogPost(
                "BatchDescribeEntities",
                Map.of(
                        "EntityRequestList",
                        List.of(
                                Map.of("Catalog", "AWSMarketplace", "EntityId", product.entityId()),
                                Map.of("Catalog", "AWSMarketplace", "EntityId", offer.entityId()),
                                Map.of("Catalog", "AWSMarketplace", "EntityId", "offer-missing0000001")))));

        assertThat(batch.path("EntityDetails").has(product.entityId())).isTrue();
        assertThat(batch.path("EntityDetails")
                        .path(offer.entityId())
                        .path("EntityType")
                        .asText())
                .isEqualTo("Offer@1.0");
        assertThat(batch.path("EntityDetails")
                        .path(offer.entityId())
                        .path("DetailsDocument")
                        .path("Terms"))
                .isNotEmpty();
        assertThat(batch.path("Errors")
                        .path("offer-missing0000001")
                        .path("ErrorCode")
                        .asText())
                .isEqualTo("ResourceNotFoundException");

        List<Map<String, String>> tooMany = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tooMany.add(Map.of("Catalog", "AWSMarketplace", "EntityId", "offer-" + i + "aaaaaaaaaa"));
        }
        assertThat(client.catalogPost("BatchDescribeEntities", Map.of("EntityRequestList", tooMany))
                        .status())
                .isEqualTo(422);
    }

    private CatalogEntity privateOffer() {
        return simulator.state().entities("Offer").stream()
                .filter(o -> o.details().path("Terms").findValues("Type").stream()
                        .anyMatch(t -> t.asText().equals("PaymentScheduleTerm")))
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode ok(SignedAwsClient.Response response) {
        assertThat(response.status()).as("%s", response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        return response.body();
    }
}
