package io.marketsync.sandbox.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marketsync.sandbox.SimHttp;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Marketplace Catalog API operations: ListEntities, DescribeEntity and BatchDescribeEntities. */
final class CatalogApi {

    static final String CATALOG = "AWSMarketplace";

    /** Every EntityType ListEntities accepts; those the simulator holds none of list empty. */
    private static final Set<String> ENTITY_TYPES = Set.of(
            "AmiProduct",
            "ContainerProduct",
            "DataProduct",
            "SaaSProduct",
            "MachineLearningProduct",
            "ProcurementPolicy",
            "Experience",
            "Audience",
            "BrandingSettings",
            "Offer",
            "OfferSet",
            "Seller",
            "ResaleAuthorization",
            "Solution");

    private static final int DEFAULT_MAX_RESULTS = 20;
    private static final int MAX_RESULTS = 50;
    private static final int MAX_BATCH = 20;

    private final AwsMarketplaceState state;

    CatalogApi(AwsMarketplaceState state) {
        this.state = state;
    }

    JsonNode handle(Operation operation, SignedRequest request) throws java.io.IOException {
        return switch (operation) {
            case LIST_ENTITIES -> listEntities(json(request));
            case DESCRIBE_ENTITY -> describeEntity(SimHttp.params(request.rawQuery()));
            case BATCH_DESCRIBE_ENTITIES -> batchDescribeEntities(json(request));
            default -> throw new IllegalArgumentException(operation + " is not a Catalog operation");
        };
    }

    private ObjectNode listEntities(JsonNode request) {
        requireCatalog(request.path("Catalog").asText(null));
        String entityType = request.path("EntityType").asText("");
        if (!ENTITY_TYPES.contains(entityType)) {
            throw invalid("EntityType " + entityType + " is not supported.");
        }
        String ownership = request.path("OwnershipType").asText("SELF");
        if (!ownership.equals("SELF") && !ownership.equals("SHARED")) {
            throw invalid("OwnershipType must be SELF or SHARED.");
        }
        int maxResults = request.path("MaxResults").asInt(DEFAULT_MAX_RESULTS);
        if (maxResults < 1 || maxResults > MAX_RESULTS) {
            throw invalid("MaxResults must be between 1 and " + MAX_RESULTS + ".");
        }
        EntityQuery query = EntityQuery.of(entityType, request);
        // Everything the simulated seller holds is its own; nothing is shared with it through AWS RAM.
        List<ObjectNode> summaries = ownership.equals("SHARED")
                ? List.of()
                : state.entities(entityType).stream()
                        .map(EntitySummaries::summarize)
                        .toList();
        Page<ObjectNode> page = Page.of(
                query.apply(summaries),
                request,
                "NextToken",
                List.of("NextToken", "MaxResults"),
                maxResults,
                Api.CATALOG);
        ObjectNode response = SimHttp.JSON.createObjectNode();
        response.putArray("EntitySummaryList").addAll(page.items());
        page.nextToken().ifPresent(token -> response.put("NextToken", token));
        return response;
    }

    private ObjectNode describeEntity(Map<String, String> query) {
        requireCatalog(query.get("catalog"));
        String entityId = query.get("entityId");
        if (entityId == null || entityId.isEmpty()) {
            throw invalid("1 validation error detected: Value null at 'entityId' failed to satisfy constraint: "
                    + "Member must not be null");
        }
        return state.entity(entityId)
                .map(CatalogEntity::describeResponse)
                .orElseThrow(() -> AwsApiException.notFound(
                        Api.CATALOG, "Requested entity " + entityId + " was not found.", entityId));
    }

    private ObjectNode batchDescribeEntities(JsonNode request) {
        JsonNode list = request.path("EntityRequestList");
        if (!list.isArray() || list.isEmpty() || list.size() > MAX_BATCH) {
            throw invalid("EntityRequestList must hold between 1 and " + MAX_BATCH + " entity requests.");
        }
        ObjectNode response = SimHttp.JSON.createObjectNode();
        ObjectNode details = response.putObject("EntityDetails");
        ObjectNode errors = response.putObject("Errors");
        Set<String> seen = new HashSet<>();
        for (JsonNode entityRequest : list) {
            requireCatalog(entityRequest.path("Catalog").asText(null));
            String entityId = entityRequest.path("EntityId").asText("");
            if (entityId.isEmpty() || !seen.add(entityId)) {
                throw invalid("Each EntityRequest needs a distinct EntityId.");
            }
            state.entity(entityId)
                    .ifPresentOrElse(
                            entity -> details.set(entityId, entity.batchDetail()),
                            () -> errors.set(entityId, batchError(entityId)));
        }
        return response;
    }

    private static ObjectNode batchError(String entityId) {
        ObjectNode error = SimHttp.JSON.createObjectNode();
        error.put("ErrorCode", "ResourceNotFoundException");
        error.put("ErrorMessage", "Requested entity " + entityId + " was not found.");
        return error;
    }

    private static void requireCatalog(String catalog) {
        if (!CATALOG.equals(catalog)) {
            throw invalid("Catalog must be " + CATALOG + ", got " + catalog + ".");
        }
    }

    private static JsonNode json(SignedRequest request) throws java.io.IOException {
        return request.body().length == 0 ? SimHttp.JSON.createObjectNode() : SimHttp.JSON.readTree(request.body());
    }

    private static AwsApiException invalid(String message) {
        return AwsApiException.validation(Api.CATALOG, message, null);
    }
}
