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

class SimulatedAwsAgreementApiTest {

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
    void pagesThroughTheSellersPurchaseAgreements() throws Exception {
        Map<String, Object> request = new HashMap<>(search(List.of()));
        request.put("maxResults", 2);
        List<JsonNode> summaries = new ArrayList<>();
        int pages = 0;
        do {
            JsonNode page = ok(client.agreement("SearchAgreements", request));
            pages++;
            page.path("agreementViewSummaries").forEach(summaries::add);
            request.put("nextToken", page.path("nextToken").asText(null));
        } while (request.get("nextToken") != null);

        assertThat(pages).isEqualTo(3);
        assertThat(summaries).hasSize(SampleMarketplaceData.AGREEMENTS);
        JsonNode first = summaries.get(0);
        assertThat(first.path("agreementId").asText()).startsWith("agmt-");
        assertThat(first.path("agreementType").asText()).isEqualTo("PurchaseAgreement");
        assertThat(first.path("proposer").path("accountId").asText())
                .isEqualTo(SampleMarketplaceData.SELLER_ACCOUNT_ID);
        assertThat(first.path("acceptor").path("accountId").asText()).matches("\\d{12}");
        assertThat(first.path("startTime").isNumber())
                .as("awsJson timestamps are epoch seconds")
                .isTrue();
        assertThat(first.path("proposalSummary").path("offerId").asText()).startsWith("offer-");
        assertThat(first.has("estimatedCharges")).isFalse();
    }

    @Test
    void filtersByStatusAndByAcceptorAndResourceType() throws Exception {
        assertThat(ids(search(List.of(filter("Status", "ACTIVE"))))).hasSize(3);
        assertThat(ids(search(List.of(filter("Status", "EXPIRED"))))).hasSize(1);
        assertThat(ids(search(List.of(filter("Status", "CANCELLED"))))).hasSize(1);
        assertThat(ids(search(List.of(filter("ResourceType", "SaaSProduct"))))).hasSize(2);

        StoredAgreement expired = simulator.state().agreements().stream()
                .filter(a -> a.status().equals("EXPIRED"))
                .findFirst()
                .orElseThrow();
        String buyer =
                expired.describeResponse().path("acceptor").path("accountId").asText();
        assertThat(ids(search(List.of(filter("AcceptorAccountId", buyer))))).containsExactly(expired.agreementId());
    }

    @Test
    void endTimeBoundsAndSortByEndTime() throws Exception {
        List<String> endedBefore2026 = ids(search(List.of(filter("BeforeEndTime", "2026-01-01T00:00:00Z"))));
        assertThat(endedBefore2026).hasSize(2);

        Map<String, Object> sorted = new HashMap<>(search(List.of()));
        sorted.put("sort", Map.of("sortBy", "EndTime", "sortOrder", "ASCENDING"));
        List<Long> ends = new ArrayList<>();
        ok(client.agreement("SearchAgreements", sorted))
                .path("agreementViewSummaries")
                .forEach(a -> {
                    if (a.has("endTime")) {
                        ends.add(a.path("endTime").asLong());
                    }
                });
        assertThat(ends).hasSize(4).isSorted();
    }

    @Test
    void refusesSearchesTheApiDoesNotSupport() throws Exception {
        SignedAwsClient.Response noParty = client.agreement(
                "SearchAgreements",
                Map.of("catalog", "AWSMarketplace", "filters", List.of(filter("AgreementType", "PurchaseAgreement"))));
        SignedAwsClient.Response badCombination = client.agreement(
                "SearchAgreements",
                search(List.of(filter("OfferId", "offer-abc"), filter("ResourceType", "SaaSProduct"))));
        SignedAwsClient.Response badSort = client.agreement(
                "SearchAgreements",
                Map.of(
                        "catalog",
                        "AWSMarketplace",
                        "filters",
                        search(List.of()).get("filters"),
                        "sort",
                        Map.of("sortBy", "StartTime")));

        assertThat(noParty.status()).isEqualTo(400);
        assertThat(noParty.body().path("__type").asText()).endsWith("#ValidationException");
        assertThat(noParty.body().path("reason").asText()).isEqualTo("MISSING_PARTY_TYPE");
        assertThat(badCombination.body().path("reason").asText()).isEqualTo("UNSUPPORTED_FILTERS");
        assertThat(badSort.body().path("reason").asText()).isEqualTo("INVALID_SORT_BY");
        assertThat(noParty.header("Content-Type")).isEqualTo("application/x-amz-json-1.0");
    }

    @Test
    void describesAnAgreementWithItsEstimatedCharges() throws Exception {
        StoredAgreement contract = contract();

        JsonNode described = ok(client.agreement("DescribeAgreement", Map.of("agreementId", contract.agreementId())));

        assertThat(described.path("agreementId").asText()).isEqualTo(contract.agreementId());
        assertThat(described.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(described.path("estimatedCharges").path("currencyCode").asText())
                .isEqualTo("USD");
        assertThat(described.path("estimatedCharges").path("agreementValue").asText())
                .isEqualTo("270000.00");
        assertThat(described.path("endTime").isNumber()).isTrue();
        assertThat(described.path("acceptanceTime").asLong())
                .isLessThan(described.path("endTime").asLong());
        assertThat(described
                        .path("proposalSummary")
                        .path("resources")
                        .get(0)
                        .path("type")
                        .asText())
                .isEqualTo("SaaSProduct");
    }

    @Test
    void unknownAgreementIsResourceNotFound() throws Exception {
        SignedAwsClient.Response response =
                client.agreement("DescribeAgreement", Map.of("agreementId", "agmt-nothere"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body().path("__type").asText()).endsWith("#ResourceNotFoundException");
        assertThat(response.body().path("resourceId").asText()).isEqualTo("agmt-nothere");
        assertThat(response.body().path("message").asText()).contains("agmt-nothere");
    }

    @Test
    void pagesThroughAcceptedTermsEachAUnionOfOneTermType() throws Exception {
        StoredAgreement contract = contract();
        Map<String, Object> request = new HashMap<>(Map.of("agreementId", contract.agreementId(), "maxResults", 4));
        List<String> termTypes = new ArrayList<>();
        int pages = 0;
        do {
            JsonNode page = ok(client.agreement("GetAgreementTerms", request));
            pages++;
            page.path("acceptedTerms").forEach(term -> {
                assertThat(term.size()).as("a union sets one member").isEqualTo(1);
                termTypes.add(term.fieldNames().next());
            });
            request.put("nextToken", page.path("nextToken").asText(null));
        } while (request.get("nextToken") != null);

        assertThat(pages).isEqualTo(2);
        assertThat(termTypes)
                .containsExactlyInAnyOrder(
                        "configurableUpfrontPricingTerm",
                        "validityTerm",
                        "paymentScheduleTerm",
                        "legalTerm",
                        "supportTerm",
                        "renewalTerm");
        JsonNode schedule = contract.acceptedTerms().stream()
                .filter(t -> t.has("paymentScheduleTerm"))
                .findFirst()
                .orElseThrow()
                .path("paymentScheduleTerm")
                .path("schedule");
        assertThat(schedule.get(0).path("chargeDate").isNumber()).isTrue();
        assertThat(schedule.get(0).path("chargeAmount").isTextual())
                .as("amounts are strings")
                .isTrue();
    }

    @Test
    void changingOneAgreementsStatusShowsInTheNextSearch() throws Exception {
        StoredAgreement contract = contract();

        simulator.state().updateAgreementStatus(contract.agreementId(), "TERMINATED");

        assertThat(ids(search(List.of(filter("Status", "TERMINATED"))))).containsExactly(contract.agreementId());
        assertThat(ids(search(List.of(filter("Status", "ACTIVE"))))).hasSize(2);
    }

    private StoredAgreement contract() {
        return simulator.state().agreements().stream()
                .filter(a -> a.describeResponse()
                        .path("estimatedCharges")
                        .path("agreementValue")
                        .asText()
                        .equals("270000.00"))
                .findFirst()
                .orElseThrow();
    }

    private List<String> ids(Map<String, Object> request) throws Exception {
        List<String> ids = new ArrayList<>();
        ok(client.agreement("SearchAgreements", request))
                .path("agreementViewSummaries")
                .forEach(a -> ids.add(a.path("agreementId").asText()));
        return ids;
    }

    private static Map<String, Object> search(List<Map<String, Object>> extraFilters) {
        List<Map<String, Object>> filters = new ArrayList<>();
        filters.add(filter("PartyType", "Proposer"));
        filters.add(filter("AgreementType", "PurchaseAgreement"));
        filters.addAll(extraFilters);
        return Map.of("catalog", "AWSMarketplace", "filters", filters);
    }

    private static Map<String, Object> filter(String name, String value) {
        return Map.of("name", name, "values", List.of(value));
    }

    private static JsonNode ok(SignedAwsClient.Response response) {
        assertThat(response.status()).as("%s", response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/x-amz-json-1.0");
        return response.body();
    }
}
