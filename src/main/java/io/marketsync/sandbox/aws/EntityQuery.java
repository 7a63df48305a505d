package io.marketsync.sandbox.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The filter and order of one ListEntities request: the {@code EntityTypeFilters} / {@code EntityTypeSort}
 * unions (or the legacy {@code FilterList} / {@code Sort}), checked against the filters and sort fields the
 * model defines for the entity type, and applied to entity summaries.
 */
final class EntityQuery {

    private static final Set<String> PRODUCT_FILTERS =
            Set.of("EntityId", "ProductTitle", "Visibility", "LastModifiedDate");

    /** Filter members per entity type, from the Catalog model's {@code <Type>Filters} shapes. */
    private static final Map<String, Set<String>> FILTERS = Map.of(
            "SaaSProduct", PRODUCT_FILTERS,
            "AmiProduct", PRODUCT_FILTERS,
            "ContainerProduct", PRODUCT_FILTERS,
            "DataProduct", PRODUCT_FILTERS,
            "MachineLearningProduct", PRODUCT_FILTERS,
            "Offer",
                    Set.of(
                            "EntityId",
                            "Name",
                            "ProductId",
                            "ResaleAuthorizationId",
                            "ReleaseDate",
                            "AvailabilityEndDate",
                            "BuyerAccounts",
                            "State",
                            "Targeting",
                            "LastModifiedDate",
                            "OfferSetId",
                            "TargetAgreementId",
                            "TargetAgreementIntent",
                            "CreatedBySource"),
            "ResaleAuthorization",
                    Set.of(
                            "EntityId",
                            "Name",
                            "ProductId",
                            "CreatedDate",
                            "AvailabilityEndDate",
                            "ManufacturerAccountId",
                            "ProductName",
                            "ManufacturerLegalName",
                            "ResellerAccountID",
                            "ResellerLegalName",
                            "Status",
                            "OfferExtendedStatus",
                            "LastModifiedDate",
                            "ResellerRole"),
            "OfferSet",
                    Set.of(
                            "EntityId",
                            "Name",
                            "State",
                            "ReleaseDate",
                            "AssociatedOfferIds",
                            "SolutionId",
                            "LastModifiedDate"));

    /** Sort fields per entity type, from the model's {@code <Type>SortBy} enums. */
    private static final Map<String, Set<String>> SORTS = Map.of(
            "SaaSProduct", Set.of("EntityId", "ProductTitle", "Visibility", "LastModifiedDate", "DeliveryOptionTypes"),
            "AmiProduct", Set.of("EntityId", "LastModifiedDate", "ProductTitle", "Visibility"),
            "ContainerProduct",
                    Set.of("EntityId", "LastModifiedDate", "ProductTitle", "Visibility", "CompatibleAWSServices"),
            "DataProduct", Set.of("EntityId", "ProductTitle", "Visibility", "LastModifiedDate"),
            "MachineLearningProduct", Set.of("EntityId", "LastModifiedDate", "ProductTitle", "Visibility"),
            "Offer",
                    Set.of(
                            "EntityId",
                            "Name",
                            "ProductId",
                            "ResaleAuthorizationId",
                            "ReleaseDate",
                            "AvailabilityEndDate",
                            "BuyerAccounts",
                            "State",
                            "Targeting",
                            "LastModifiedDate",
                            "OfferSetId",
                            "TargetAgreementId",
                            "TargetAgreementIntent",
                            "CreatedBySource"),
            "ResaleAuthorization",
                    Set.of(
                            "EntityId",
                            "Name",
                            "ProductId",
                            "ProductName",
                            "ManufacturerAccountId",
                            "ManufacturerLegalName",
                            "ResellerAccountID",
                            "ResellerLegalName",
                            "Status",
                            "OfferExtendedStatus",
                            "CreatedDate",
                            "AvailabilityEndDate",
                            "LastModifiedDate"),
            "OfferSet", Set.of("Name", "State", "ReleaseDate", "SolutionId", "EntityId", "LastModifiedDate"));

    private static final Set<String> LEGACY_SORTS = Set.of("EntityId", "LastModifiedDate", "Name", "Visibility");
    private static final int MAX_FILTER_VALUES = 10;

    private final String entityType;
    private final List<Predicate<ObjectNode>> filters = new ArrayList<>();
    private Comparator<ObjectNode> order =
            Comparator.comparing(summary -> summary.path("EntityId").asText());

    private EntityQuery(String entityType) {
        this.entityType = entityType;
    }

    static EntityQuery of(String entityType, JsonNode request) {
        EntityQuery query = new EntityQuery(entityType);
        if (request.has("FilterList") && request.has("EntityTypeFilters")) {
            throw invalid("FilterList and EntityTypeFilters cannot be used together.");
        }
        if (request.has("Sort") && request.has("EntityTypeSort")) {
            throw invalid("Sort and EntityTypeSort cannot be used together.");
        }
        query.readTypeFilters(request.get("EntityTypeFilters"));
        query.readLegacyFilters(request.get("FilterList"));
        query.readTypeSort(request.get("EntityTypeSort"));
        query.readLegacySort(request.get("Sort"));
        return query;
    }

    List<ObjectNode> apply(List<ObjectNode> summaries) {
        return summaries.stream()
                .filter(s -> filters.stream().allMatch(f -> f.test(s)))
                .sorted(order)
                .toList();
    }

    private void readTypeFilters(JsonNode union) {
        if (union == null || union.isNull()) {
            return;
        }
        JsonNode typeFilters = onlyMember(union, entityType + "Filters", "EntityTypeFilters");
        Set<String> allowed = FILTERS.getOrDefault(entityType, Set.of());
        for (Iterator<Map.Entry<String, JsonNode>> it = typeFilters.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> filter = it.next();
            if (!allowed.contains(filter.getKey())) {
                throw invalid("Filter " + filter.getKey() + " is not supported for " + entityType + ".");
            }
            filters.add(filter(filter.getKey(), filter.getValue()));
        }
    }

    private void readLegacyFilters(JsonNode filterList) {
        if (filterList == null || filterList.isNull()) {
            return;
        }
        if (!filterList.isArray() || filterList.isEmpty() || filterList.size() > 8) {
            throw invalid("FilterList must hold between 1 and 8 filters.");
        }
        for (JsonNode filter : filterList) {
            String name = filter.path("Name").asText();
            if (!FILTERS.getOrDefault(entityType, Set.of()).contains(name)) {
                throw invalid("Filter " + name + " is not supported for " + entityType + ".");
            }
            filters.add(valueList(name, filter.path("ValueList")));
        }
    }

    private void readTypeSort(JsonNode union) {
        if (union == null || union.isNull()) {
            return;
        }
        JsonNode sort = onlyMember(union, entityType + "Sort", "EntityTypeSort");
        String sortBy = sort.path("SortBy").asText();
        if (!SORTS.getOrDefault(entityType, Set.of()).contains(sortBy)) {
            throw invalid("SortBy " + sortBy + " is not supported for " + entityType + ".");
        }
        sortBy(sortBy, sort.path("SortOrder"));
    }

    private void readLegacySort(JsonNode sort) {
        if (sort == null || sort.isNull()) {
            return;
        }
        String sortBy = sort.path("SortBy").asText();
        if (!LEGACY_SORTS.contains(sortBy)) {
            throw invalid("SortBy " + sortBy + " is not supported.");
        }
        sortBy(sortBy, sort.path("SortOrder"));
    }

    private void sortBy(String field, JsonNode sortOrder) {
        String direction = sortOrder.isMissingNode() ? "ASCENDING" : sortOrder.asText();
        if (!direction.equals("ASCENDING") && !direction.equals("DESCENDING")) {
            throw invalid("SortOrder must be ASCENDING or DESCENDING.");
        }
        Comparator<ObjectNode> byField = Comparator.comparing(summary -> sortKey(summary, field));
        if (direction.equals("DESCENDING")) {
            byField = byField.reversed();
        }
        order = byField.thenComparing(summary -> summary.path("EntityId").asText());
    }

    private JsonNode onlyMember(JsonNode union, String expected, String unionName) {
        if (!union.isObject() || union.size() != 1) {
            throw invalid(unionName + " must set exactly one member.");
        }
        JsonNode member = union.get(expected);
        if (member == null || !member.isObject()) {
            throw invalid(unionName + " must be " + expected + " for EntityType " + entityType + ".");
        }
        return member;
    }

    private Predicate<ObjectNode> filter(String field, JsonNode condition) {
        if (condition.has("DateRange")) {
            return dateRange(field, condition.get("DateRange"));
        }
        if (condition.has("WildCardValue")) {
            String wildcard = condition.get("WildCardValue").asText().toLowerCase(Locale.ROOT);
            if (wildcard.isEmpty()) {
                throw invalid("WildCardValue of " + field + " must not be empty.");
            }
            return summary -> values(summary, field).stream()
                    .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(wildcard));
        }
        if (condition.has("ValueList")) {
            return valueList(field, condition.get("ValueList"));
        }
        throw invalid("Filter " + field + " needs ValueList, WildCardValue or DateRange.");
    }

    private Predicate<ObjectNode> valueList(String field, JsonNode valueList) {
        if (!valueList.isArray() || valueList.isEmpty() || valueList.size() > MAX_FILTER_VALUES) {
            throw invalid("ValueList of " + field + " must hold between 1 and " + MAX_FILTER_VALUES + " values.");
        }
        List<String> wanted = new ArrayList<>();
        valueList.forEach(v -> wanted.add(v.asText()));
        return summary -> values(summary, field).stream().anyMatch(wanted::contains);
    }

    private Predicate<ObjectNode> dateRange(String field, JsonNode range) {
        Instant after = rangeBound(range, "AfterValue");
        Instant before = rangeBound(range, "BeforeValue");
        if (after == null && before == null) {
            throw invalid("DateRange of " + field + " needs AfterValue or BeforeValue.");
        }
        return summary -> {
            JsonNode value = field(summary, field);
            if (value == null) {
                return false;
            }
            Instant at = WireTimestamps.parse(value);
            return (after == null || !at.isBefore(after)) && (before == null || !at.isAfter(before));
        };
    }

    private static Instant rangeBound(JsonNode range, String bound) {
        JsonNode value = range.get(bound);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw invalid(bound + " must be an ISO-8601 date-time like 2025-01-31T00:00:00Z, got " + value.asText());
        }
    }

    /** The summary's values for a field; {@code Targeting} of an untargeted offer is {@code None}. */
    private List<String> values(ObjectNode summary, String field) {
        JsonNode value = field(summary, field);
        List<String> values = new ArrayList<>();
        if (value == null) {
            return values;
        }
        if (value.isArray()) {
            value.forEach(v -> values.add(v.asText()));
        } else {
            values.add(value.asText());
        }
        return values;
    }

    private String sortKey(ObjectNode summary, String field) {
        return String.join(",", values(summary, field));
    }

    /** A field of the typed summary ({@code OfferSummary.State}) or, failing that, of the summary itself. */
    private JsonNode field(ObjectNode summary, String field) {
        JsonNode typed = summary.path(entityType + "Summary").get(field);
        JsonNode value = typed != null ? typed : summary.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private static AwsApiException invalid(String message) {
        return AwsApiException.validation(Api.CATALOG, message, null);
    }
}
