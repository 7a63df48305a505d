package io.marketsync.aws.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The AWS Marketplace Catalog API (restJson1): list and describe entities (products, offers,
 * resale authorizations). Knows nothing of Camel.
 */
public final class MarketplaceCatalogClient {

    public static final String CATALOG = "AWSMarketplace";

    /** {@code MaxResults} of {@code ListEntities}: 1 to 50. */
    public static final int MAX_PAGE_SIZE = 50;

    /** Entities per {@code BatchDescribeEntities} call. */
    public static final int MAX_BATCH_DESCRIBE = 20;

    private final AwsJsonClient client;
    private final AwsService service;

    public MarketplaceCatalogClient(AwsJsonClient client, AwsService service) {
        this.client = client;
        this.service = service;
    }

    /**
     * One page of {@code ListEntities}.
     *
     * @param filters the members of {@code <entityType>Filters} (e.g. from {@link #lastModifiedAfter}), or null
     * @param sort the {@code <entityType>Sort}, or null for the API's order
     * @param nextToken the previous page's token, or null for the first page
     */
    public EntityPage listEntities(
            String entityType, ObjectNode filters, EntitySort sort, int maxResults, String nextToken) {
        if (maxResults < 1 || maxResults > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("maxResults must be 1 to " + MAX_PAGE_SIZE + ", was " + maxResults);
        }
        ObjectNode request = AwsJson.MAPPER
                .createObjectNode()
                .put("Catalog", CATALOG)
                .put("EntityType", entityType)
                .put("MaxResults", maxResults);
        if (filters != null && !filters.isEmpty()) {
            request.putObject("EntityTypeFilters").set(entityType + "Filters", filters);
        }
        if (sort != null) {
            request.putObject("EntityTypeSort")
                    .putObject(entityType + "Sort")
                    .put("SortBy", sort.sortBy())
                    .put("SortOrder", sort.order().name());
        }
        if (nextToken != null) {
            request.put("NextToken", nextToken);
        }
        JsonNode response = client.restJson(service, "ListEntities", "POST", "/ListEntities", Map.of(), request);
        List<EntitySummary> entities = new ArrayList<>();
        for (JsonNode item : response.path("EntitySummaryList")) {
            entities.add(summary(item));
        }
        return new EntityPage(entities, textOrNull(response, "NextToken"));
    }

    /** One entity by id; its {@code DetailsDocument} is read from {@code Details} where the API only sends that. */
    public EntityDetail describeEntity(String entityId) {
        JsonNode response = client.restJson(
                service,
                "DescribeEntity",
                "GET",
                "/DescribeEntity",
                Map.of("catalog", CATALOG, "entityId", entityId),
                null);
        return detail(entityId, response);
    }

    /** Describes any number of entities, {@value #MAX_BATCH_DESCRIBE} per call. */
    public BatchDescribeResult batchDescribeEntities(List<String> entityIds) {
        Map<String, EntityDetail> details = new LinkedHashMap<>();
        Map<String, BatchDescribeResult.Error> errors = new LinkedHashMap<>();
        for (int from = 0; from < entityIds.size(); from += MAX_BATCH_DESCRIBE) {
            ObjectNode request = AwsJson.MAPPER.createObjectNode();
            ArrayNode list = request.putArray("EntityRequestList");
            for (String id : entityIds.subList(from, Math.min(entityIds.size(), from + MAX_BATCH_DESCRIBE))) {
                list.addObject().put("Catalog", CATALOG).put("EntityId", id);
            }
            JsonNode response = client.restJson(
                    service, "BatchDescribeEntities", "POST", "/BatchDescribeEntities", Map.of(), request);
            response.path("EntityDetails")
                    .fields()
                    .forEachRemaining(e -> details.put(e.getKey(), detail(e.getKey(), e.getValue())));
            response.path("Errors")
                    .fields()
                    .forEachRemaining(e -> errors.put(
                            e.getKey(),
                            new BatchDescribeResult.Error(
                                    textOrNull(e.getValue(), "ErrorCode"), textOrNull(e.getValue(), "ErrorMessage"))));
        }
        return new BatchDescribeResult(details, errors);
    }

    /** The filter members selecting entities modified after {@code after} (second precision, as the API wants). */
    public static ObjectNode lastModifiedAfter(Instant after) {
        ObjectNode filters = AwsJson.MAPPER.createObjectNode();
        filters.putObject("LastModifiedDate")
                .putObject("DateRange")
                .put("AfterValue", after.truncatedTo(ChronoUnit.SECONDS).toString());
        return filters;
    }

    private static EntitySummary summary(JsonNode item) {
        ObjectNode typeSummaries = AwsJson.MAPPER.createObjectNode();
        item.fields().forEachRemaining(e -> {
            if (e.getKey().endsWith("Summary") && e.getValue().isObject()) {
                typeSummaries.set(e.getKey(), e.getValue());
            }
        });
        return new EntitySummary(
                textOrNull(item, "EntityId"),
                textOrNull(item, "EntityType"),
                textOrNull(item, "Name"),
                textOrNull(item, "EntityArn"),
                textOrNull(item, "LastModifiedDate"),
                textOrNull(item, "Visibility"),
                typeSummaries);
    }

    private EntityDetail detail(String entityId, JsonNode item) {
        JsonNode document = item.get("DetailsDocument");
        if ((document == null || document.isNull()) && item.hasNonNull("Details")) {
            try {
                document = AwsJson.MAPPER.readTree(item.get("Details").asText());
            } catch (JsonProcessingException e) {
                throw new AwsApiException(
                        service.name(),
                        "DescribeEntity",
                        200,
                        "InvalidDetails",
                        "Details of " + entityId + " is not JSON");
            }
        }
        return new EntityDetail(
                entityId,
                textOrNull(item, "EntityType"),
                textOrNull(item, "EntityIdentifier"),
                textOrNull(item, "EntityArn"),
                textOrNull(item, "LastModifiedDate"),
                document == null ? AwsJson.MAPPER.createObjectNode() : document);
    }

    static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
