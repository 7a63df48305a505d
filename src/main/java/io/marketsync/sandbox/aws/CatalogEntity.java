package io.marketsync.sandbox.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marketsync.sandbox.SimHttp;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * One Catalog entity (product, offer, resale authorization) as DescribeEntity returns it. Immutable: every
 * accessor hands out copies, and a change makes a new revision.
 *
 * @param entityType the unversioned type, e.g. {@code Offer}
 * @param typeVersion the version part of {@code EntityType}, e.g. {@code 1.0}
 * @param revision the number after {@code @} in {@code EntityIdentifier}
 */
public record CatalogEntity(
        String entityId,
        String entityType,
        String typeVersion,
        int revision,
        String entityArn,
        Instant lastModified,
        ObjectNode details) {

    public CatalogEntity {
        details = details.deepCopy();
        lastModified = Instant.parse(WireTimestamps.iso(lastModified));
    }

    @Override
    public ObjectNode details() {
        return details.deepCopy();
    }

    /**
     * Reads a DescribeEntity response. The details come from {@code DetailsDocument} or, when only that is
     * absent, from the {@code Details} JSON string.
     */
    public static CatalogEntity fromDescribeResponse(JsonNode response) {
        String[] type = required(response, "EntityType").split("@", 2);
        String[] identifier = required(response, "EntityIdentifier").split("@", 2);
        JsonNode document = response.get("DetailsDocument");
        ObjectNode details;
        if (document != null && document.isObject()) {
            details = (ObjectNode) document;
        } else {
            details = parseDetails(required(response, "Details"));
        }
        return new CatalogEntity(
                identifier[0],
                type[0],
                type.length > 1 ? type[1] : "1.0",
                identifier.length > 1 ? Integer.parseInt(identifier[1]) : 1,
                required(response, "EntityArn"),
                WireTimestamps.parse(required(response, "LastModifiedDate")),
                details);
    }

    /** The DescribeEntity response: both the {@code Details} string and the {@code DetailsDocument} object. */
    public ObjectNode describeResponse() {
        ObjectNode response = batchDetail();
        response.remove("DetailsDocument");
        response.put("Details", details.toString());
        response.set("DetailsDocument", details());
        return response;
    }

    /** One {@code EntityDetails} value of BatchDescribeEntities: no {@code Details} string there. */
    public ObjectNode batchDetail() {
        ObjectNode detail = SimHttp.JSON.createObjectNode();
        detail.put("EntityType", entityType + "@" + typeVersion);
        detail.put("EntityIdentifier", entityId + "@" + revision);
        detail.put("EntityArn", entityArn);
        detail.put("LastModifiedDate", WireTimestamps.iso(lastModified));
        detail.set("DetailsDocument", details());
        return detail;
    }

    /** The next revision with new details, modified at {@code at}. */
    public CatalogEntity revised(ObjectNode newDetails, Instant at) {
        return new CatalogEntity(entityId, entityType, typeVersion, revision + 1, entityArn, at, newDetails);
    }

    private static String required(JsonNode response, String field) {
        JsonNode value = response.get(field);
        if (value == null || value.isNull() || value.asText().isEmpty()) {
            throw new IllegalArgumentException("DescribeEntity response without " + field);
        }
        return value.asText();
    }

    private static ObjectNode parseDetails(String json) {
        try {
            return (ObjectNode) SimHttp.JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("Details is not a JSON object", e);
        }
    }
}
