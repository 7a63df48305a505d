package io.marketsync.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketsync.sandbox.aws.CatalogEntity;
import io.marketsync.sandbox.aws.StoredAgreement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

class AwsMarketplaceConsumerTest extends SimulatedAwsCamelTest {

    private volatile int failOnPage;
    private final List<Integer> attemptedPages = new CopyOnWriteArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("aws-marketplace:offers?pageSize=2&startScheduler=false")
                        .routeId("offers")
                        .to("mock:offers");
                from("aws-marketplace:offers?pageSize=2&startScheduler=false&watermarkKey=failing-offers")
                        .routeId("failing-offers")
                        .process(exchange -> {
                            int page =
                                    exchange.getMessage().getHeader(AwsMarketplaceConstants.PAGE_NUMBER, Integer.class);
                            attemptedPages.add(page);
                            if (page == failOnPage) {
                                throw new IllegalStateException("Salesforce write failed");
                            }
                        })
                        .to("mock:failing-offers");
                from("aws-marketplace:offers?startScheduler=false&watermarkOverlap=PT0S"
                                + "&initialWatermark=2025-02-06T00:00:00Z")
                        .routeId("recent-offers")
                        .to("mock:recent-offers");
                from("aws-marketplace:products?startScheduler=false")
                        .routeId("products")
                        .to("mock:products");
                from("aws-marketplace:agreements?pageSize=2&startScheduler=false")
                        .routeId("agreements")
                        .to("mock:agreements");
                from("aws-marketplace:agreements?pageSize=2&maxPagesPerPoll=1&startScheduler=false")
                        .routeId("agreements-page-a-poll")
                        .to("mock:agreements-page-a-poll");
            }
        };
    }

    @Test
    void emitsOneExchangePerPageOfDescribedOffers() throws Exception {
        List<CatalogEntity> offers = aws.simulator().state().entities("Offer");

        int pages = consumer("offers").pollNow();

        MockEndpoint mock = getMockEndpoint("mock:offers");
        assertThat(pages).isEqualTo(3);
        assertThat(mock.getReceivedExchanges())
                .extracting(e -> e.getMessage().getHeader(AwsMarketplaceConstants.PAGE_NUMBER))
                .containsExactly(1, 2, 3);
        assertThat(mock.getReceivedExchanges())
                .allSatisfy(e -> assertThat(e.getMessage().getHeader(AwsMarketplaceConstants.RESOURCE))
                        .isEqualTo("offers"));
        List<JsonNode> records = records(mock);
        assertThat(records)
                .extracting(r -> r.path("EntityId").asText())
                .containsExactlyInAnyOrderElementsOf(
                        offers.stream().map(CatalogEntity::entityId).toList());
        assertThat(records)
                .extracting(r -> r.path("LastModifiedDate").asText())
                .isSortedAccordingTo(Comparator.naturalOrder());
        JsonNode privateOffer = records.stream()
                .filter(r -> r.path("BuyerAccounts").size() == 2)
                .findFirst()
                .orElseThrow();
        assertThat(privateOffer.path("EntityType").asText()).isEqualTo("Offer");
        assertThat(privateOffer.path("AvailabilityEndDate").asText()).isEqualTo("2024-07-31T23:59:59Z");
        assertThat(privateOffer.path("OfferSummary").path("ProductId").asText()).startsWith("prod-");
        assertThat(privateOffer.path("DetailsDocument").path("Terms").size()).isGreaterThan(1);

        String latest = latestModified(offers);
        assertThat(mock.getReceivedExchanges().get(2).getMessage().getHeader(AwsMarketplaceConstants.WATERMARK))
                .isEqualTo(latest);
        assertThat(consumer("offers").getWatermark()).isEqualTo(latest);
        assertThat(consumer("offers").getLastPollTime()).isNotNull();
    }

    @Test
    void aFailedPageLeavesTheWatermarkAndEndsThePoll() throws Exception {
        failOnPage = 2;

        consumer("failing-offers").pollNow();

        MockEndpoint mock = getMockEndpoint("mock:failing-offers");
        assertThat(attemptedPages).containsExactly(1, 2);
        assertThat(mock.getReceivedExchanges()).hasSize(1);
        String afterFirstPage = mock.getReceivedExchanges()
                .get(0)
                .getMessage()
                .getHeader(AwsMarketplaceConstants.WATERMARK, String.class);
        assertThat(consumer("failing-offers").getWatermark()).isEqualTo(afterFirstPage);
        assertThat(consumer("failing-offers").getLastErrorMessage()).contains("Salesforce write failed");

        failOnPage = 0;
        consumer("failing-offers").pollNow();

        assertThat(consumer("failing-offers").getWatermark())
                .isEqualTo(latestModified(aws.simulator().state().entities("Offer")));
        List<JsonNode> secondPoll = records(mock).subList(2, records(mock).size());
        assertThat(secondPoll)
                .allSatisfy(r -> assertThat(r.path("LastModifiedDate").asText())
                        .isGreaterThanOrEqualTo(
                                Instant.parse(afterFirstPage).minusSeconds(60).toString()));
    }

    @Test
    void resumesFromTheWatermarkWithOnlyLaterModifiedEntities() throws Exception {
        Instant initial = Instant.parse("2025-02-06T00:00:00Z");
        List<CatalogEntity> offers = aws.simulator().state().entities("Offer");

        consumer("recent-offers").pollNow();

        MockEndpoint mock = getMockEndpoint("mock:recent-offers");
        assertThat(records(mock))
                .extracting(r -> r.path("EntityId").asText())
                .containsExactlyInAnyOrderElementsOf(offers.stream()
                        .filter(o -> o.lastModified().isAfter(initial))
                        .map(CatalogEntity::entityId)
                        .toList());
        Instant watermark = Instant.parse(consumer("recent-offers").getWatermark());

        CatalogEntity old = offers.stream()
                .filter(o -> o.lastModified().isBefore(initial))
                .findFirst()
                .orElseThrow();
        aws.simulator().state().updateEntity(old.entityId(), details -> details.put("Name", "Renamed offer"));
        mock.reset();
        consumer("recent-offers").pollNow();

        List<JsonNode> changed = records(mock);
        assertThat(changed)
                .filteredOn(r -> r.path("EntityId").asText().equals(old.entityId()))
                .singleElement()
                .satisfies(
                        r -> assertThat(r.path("DetailsDocument").path("Name").asText())
                                .isEqualTo("Renamed offer"));
        assertThat(changed).allSatisfy(r -> assertThat(
                        Instant.parse(r.path("LastModifiedDate").asText()))
                .isAfterOrEqualTo(watermark));
    }

    @Test
    void resetWatermarkReadsEverythingAgain() throws Exception {
        consumer("recent-offers").pollNow();
        int firstPoll = records(getMockEndpoint("mock:recent-offers")).size();

        consumer("recent-offers").resetWatermark();

        assertThat(consumer("recent-offers").getWatermark()).isEqualTo("2025-02-06T00:00:00Z");
        getMockEndpoint("mock:recent-offers").reset();
        consumer("recent-offers").pollNow();
        assertThat(records(getMockEndpoint("mock:recent-offers"))).hasSize(firstPoll);
    }

    @Test
    void productsKeepAWatermarkPerEntityType() throws Exception {
        consumer("products").pollNow();

        assertThat(records(getMockEndpoint("mock:products")))
                .extracting(r -> r.path("EntityType").asText())
                .containsExactlyInAnyOrder("SaaSProduct", "AmiProduct", "ContainerProduct");
        assertThat(consumer("products").getWatermark())
                .contains(
                        "SaaSProduct=" + latestModified(aws.simulator().state().entities("SaaSProduct")))
                .contains("AmiProduct=")
                .contains("ContainerProduct=");
    }

    @Test
    void agreementsAreSweptWithTermsAndSummary() throws Exception {
        int pages = consumer("agreements").pollNow();

        List<JsonNode> records = records(getMockEndpoint("mock:agreements"));
        assertThat(pages).isEqualTo(3);
        assertThat(records)
                .extracting(r -> r.path("agreementId").asText())
                .containsExactlyInAnyOrderElementsOf(aws.simulator().state().agreements().stream()
                        .map(StoredAgreement::agreementId)
                        .toList());
        JsonNode contract = records.stream()
                .filter(r -> r.path("summary").path("duration").asText().equals("P36M"))
                .findFirst()
                .orElseThrow();
        assertThat(contract.path("summary").path("totalContractValue").decimalValue())
                .isEqualByComparingTo("270000.00");
        assertThat(contract.path("summary").path("currencyCode").asText()).isEqualTo("USD");
        assertThat(contract.path("summary").path("pricingModel").asText()).isEqualTo("Contract");
        assertThat(contract.path("summary").path("autoRenew").asBoolean()).isFalse();
        assertThat(contract.path("summary").path("buyerAccountId").asText())
                .isEqualTo(contract.path("acceptor").path("accountId").asText());
        assertThat(contract.path("startTime").asText()).isEqualTo("2025-04-01T00:00:00Z");
        assertThat(contract.path("acceptedTerms").size()).isGreaterThan(3);
        assertThat(records)
                .extracting(r -> r.path("summary").path("pricingModel").asText())
                .contains("Usage", "Contract_With_Usage");
        assertThat(consumer("agreements").getWatermark()).startsWith("swept:");
    }

    @Test
    void anAgreementSweepCutShortResumesWhereItStopped() throws Exception {
        AwsMarketplaceConsumer consumer = consumer("agreements-page-a-poll");
        MockEndpoint mock = getMockEndpoint("mock:agreements-page-a-poll");

        assertThat(consumer.pollNow()).isEqualTo(1);
        assertThat(consumer.getWatermark()).startsWith("next:");
        assertThat(consumer.pollNow()).isEqualTo(1);
        assertThat(consumer.pollNow()).isEqualTo(1);

        assertThat(consumer.getWatermark()).startsWith("swept:");
        assertThat(records(mock))
                .extracting(r -> r.path("agreementId").asText())
                .doesNotHaveDuplicates()
                .hasSize(aws.simulator().state().agreements().size());
    }

    private static String latestModified(List<CatalogEntity> entities) {
        return entities.stream()
                .map(CatalogEntity::lastModified)
                .max(Comparator.naturalOrder())
                .orElseThrow()
                .toString();
    }

    private static List<JsonNode> records(MockEndpoint mock) {
        List<JsonNode> records = new ArrayList<>();
        for (Exchange exchange : mock.getReceivedExchanges()) {
            JsonNode page = exchange.getMessage().getBody(JsonNode.class);
            StreamSupport.stream(page.path("records").spliterator(), false).forEach(records::add);
        }
        return records;
    }
}
