package io.marketsync.aws.client;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One {@code EntitySummaryList} item of Catalog {@code ListEntities}.
 *
 * @param typeSummaries the typed summary the entity carries (e.g. {@code {"OfferSummary": {...}}}),
 *     the null members of the union left out
 */
public record EntitySummary(
        String entityId,
        String entityType,
        String name,
        String entityArn,
        String lastModifiedDate,
        String visibility,
        ObjectNode typeSummaries) {}
