package io.marketsync.aws.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entity as Catalog {@code DescribeEntity} or {@code BatchDescribeEntities} returns it.
 *
 * @param entityType as the API writes it, e.g. {@code Offer@1.0}
 * @param entityIdentifier the versioned id, e.g. {@code offer-abc@1}
 * @param detailsDocument the entity's open-ended details (terms, rules, descriptions...)
 */
public record EntityDetail(
        String entityId,
        String entityType,
        String entityIdentifier,
        String entityArn,
        String lastModifiedDate,
        JsonNode detailsDocument) {}
