package io.marketsync.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marketsync.aws.client.BatchDescribeResult;
import io.marketsync.aws.client.EntityDetail;
import io.marketsync.aws.client.EntityPage;
import io.marketsync.aws.client.EntitySort;
import io.marketsync.aws.client.EntitySummary;
import io.marketsync.aws.client.MarketplaceCatalogClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Catalog entities changed since the watermark: {@code ListEntities} filtered on
 * {@code LastModifiedDate} after the watermark (less an overlap, for entities the listing shows
 * late), sorted by it ascending so each page's last entity is a safe new watermark; then
 * {@code BatchDescribeEntities} for the page's ids.
 */
final class CatalogPageSource implements PageSource {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogPageSource.class);
    private static final String GONE = "ResourceNotFoundException";

    private final MarketplaceCatalogClient catalog;
    private final List<String> entityTypes;
    private final int pageSize;
    private final Duration overlap;

    CatalogPageSource(MarketplaceCatalogClient catalog, List<String> entityTypes, int pageSize, Duration overlap) {
        this.catalog = catalog;
        this.entityTypes = entityTypes;
        this.pageSize = pageSize;
        this.overlap = overlap;
    }

    @Override
    public void read(String watermark, Sink sink) throws Exception {
        CatalogWatermark mark = CatalogWatermark.parse(watermark);
        // Records of several entity types share pages, so a few changed products of each type cost one
        // Salesforce call, not one per type. A page's watermark covers every entity listed before it.
        List<ObjectNode> pending = new ArrayList<>();
        for (String type : entityTypes) {
            Instant after = mark.after(type);
            ObjectNode filters =
                    after == null ? null : MarketplaceCatalogClient.lastModifiedAfter(after.minus(overlap));
            String token = null;
            do {
                EntityPage page =
                        catalog.listEntities(type, filters, EntitySort.lastModifiedAscending(), pageSize, token);
                if (page.entities().isEmpty()) {
                    break;
                }
                for (EntitySummary entity : page.entities()) {
                    mark = mark.advance(type, Instant.parse(entity.lastModifiedDate()));
                }
                pending.addAll(describe(page.entities()));
                if (pending.size() >= pageSize) {
                    if (!sink.accept(new Page(List.copyOf(pending), mark.format(entityTypes)))) {
                        return;
                    }
                    pending.clear();
                }
                token = page.nextToken();
            } while (token != null);
        }
        if (!pending.isEmpty()) {
            sink.accept(new Page(pending, mark.format(entityTypes)));
        }
    }

    private List<ObjectNode> describe(List<EntitySummary> listed) {
        BatchDescribeResult described = catalog.batchDescribeEntities(
                listed.stream().map(EntitySummary::entityId).toList());
        // An entity deleted between the listing and the describe is gone: it is left out. Any other
        // error fails the page, so the watermark stays before it and the next poll reads it again.
        described.errors().forEach((id, error) -> {
            if (!GONE.equals(error.errorCode())) {
                throw new IllegalStateException("Catalog entity " + id + " was listed but could not be described ("
                        + error.errorCode() + ": " + error.errorMessage() + ")");
            }
            LOG.info("Catalog entity {} was listed but no longer exists; left out of this page", id);
        });
        List<ObjectNode> records = new ArrayList<>();
        for (EntitySummary entity : listed) {
            EntityDetail detail = described.details().get(entity.entityId());
            if (detail != null) {
                records.add(MarketplaceRecords.entity(detail, entity));
            }
        }
        return records;
    }
}
