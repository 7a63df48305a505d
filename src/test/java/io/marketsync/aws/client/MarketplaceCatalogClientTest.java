package io.marketsync.aws.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marketsync.sandbox.aws.CatalogEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MarketplaceCatalogClientTest {

    private SimulatedAws aws;
    private AwsClients clients;

    @BeforeEach
    void start() throws Exception {
        aws = new SimulatedAws();
        clients = aws.clients();
    }

    @AfterEach
    void stop() {
        clients.close();
        aws.close();
    }

    @Test
    void listsEveryOfferPageByPageWithItsTypedSummary() {
        List<EntitySummary> offers = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            EntityPage page = clients.catalog().listEntities("Offer", null, null, 2, token);
            assertThat(page.entities()).hasSizeLessThanOrEqualTo(2);
            offers.addAll(page.entities());
            token = page.nextToken();
            pages++;
        } while (token != null);

        assertThat(offers).hasSize(aws.simulator().state().entities("Offer").size());
        assertThat(pages).isEqualTo((offers.size() + 1) / 2);
        assertThat(offers).allSatisfy(offer -> {
            assertThat(offer.entityType()).isEqualTo("Offer");
            assertThat(offer.typeSummaries()
                            .path("OfferSummary")
                            .path("ProductId")
                            .asText())
                    .startsWith("prod-");
            assertThat(offer.typeSummaries().has("SaaSProductSummary")).isFalse();
        });
    }

    @Test
    void filtersOnLastModifiedDateAndSortsAscending() {
        Instant after = Instant.parse("2025-02-01T00:00:00Z");

        EntityPage page = clients.catalog()
                .listEntities(
                        "Offer",
                        MarketplaceCatalogClient.lastModifiedAfter(after),
                        EntitySort.lastModifiedAscending(),
                        50,
                        null);

        List<Instant> modified = page.entities().stream()
                .map(e -> Instant.parse(e.lastModifiedDate()))
                .toList();
        long expected = aws.simulator().state().entities("Offer").stream()
                .filter(e -> !e.lastModified().isBefore(after))
                .count();
        assertThat(modified).hasSize((int) expected).isSorted().allSatisfy(m -> assertThat(m)
                .isAfterOrEqualTo(after));
        assertThat(expected)
                .isLessThan(aws.simulator().state().entities("Offer").size());
    }

    @Test
    void describesOneEntityWithItsDetailsDocument() {
        CatalogEntity offer = aws.simulator().state().entities("Offer").get(0);

        EntityDetail detail = clients.catalog().describeEntity(offer.entityId());

        assertThat(detail.entityId()).isEqualTo(offer.entityId());
        assertThat(detail.entityArn()).isEqualTo(offer.entityArn());
        assertThat(detail.detailsDocument().path("Terms").isArray()).isTrue();
        assertThat(detail.detailsDocument().path("Id").asText()).isEqualTo(offer.entityId());
    }

    @Test
    void batchDescribeChunksLongListsAndReportsUnknownIds() {
        CatalogEntity template = aws.simulator().state().entities("Offer").get(0);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String id = "offer-generated" + i;
            ObjectNode details = template.details().deepCopy().put("Id", id);
            aws.simulator()
                    .state()
                    .putEntity(new CatalogEntity(
                            id, "Offer", "1.0", 1, template.entityArn() + i, template.lastModified(), details));
            ids.add(id);
        }
        ids.add("offer-unknown");

        BatchDescribeResult result = clients.catalog().batchDescribeEntities(ids);

        assertThat(result.details()).hasSize(24).containsKey("offer-generated23");
        assertThat(result.details()
                        .get("offer-generated7")
                        .detailsDocument()
                        .path("Id")
                        .asText())
                .isEqualTo("offer-generated7");
        assertThat(result.errors()).containsOnlyKeys("offer-unknown");
        assertThat(aws.simulator().state().calls("BatchDescribeEntities")).isEqualTo(2);
    }
}
