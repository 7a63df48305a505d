package io.marketsync.sandbox.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marketsync.sandbox.SimHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the ListEntities {@code EntitySummary} of an entity from its details, as the Catalog API derives
 * it: {@code Name}, {@code Visibility} and the one typed summary ({@code OfferSummary}, {@code
 * SaaSProductSummary}, {@code ResaleAuthorizationSummary}, ...).
 */
final class EntitySummaries {

    static final Set<String> PRODUCT_TYPES =
            Set.of("SaaSProduct", "AmiProduct", "ContainerProduct", "DataProduct", "MachineLearningProduct");

    /** An offer lists at most 26 buyer accounts in its summary (OfferSummary.BuyerAccounts max 26). */
    private static final int MAX_SUMMARY_BUYER_ACCOUNTS = 26;

    private EntitySummaries() {}

    static ObjectNode summarize(CatalogEntity entity) {
        ObjectNode details = entity.details();
        ObjectNode typed = typedSummary(entity.entityType(), details);
        ObjectNode summary = SimHttp.JSON.createObjectNode();
        summary.put("Name", name(entity, typed));
        summary.put("EntityType", entity.entityType());
        summary.put("EntityId", entity.entityId());
        summary.put("EntityArn", entity.entityArn());
        summary.put("LastModifiedDate", WireTimestamps.iso(entity.lastModified()));
        summary.put("Visibility", visibility(entity.entityType(), typed));
        summary.set(entity.entityType() + "Summary", typed);
        return summary;
    }

    private static String name(CatalogEntity entity, ObjectNode typed) {
        String name = typed.path(PRODUCT_TYPES.contains(entity.entityType()) ? "ProductTitle" : "Name")
                .asText("");
        return name.isEmpty() ? "Untitled - " + entity.entityId() : name;
    }

    private static String visibility(String type, ObjectNode typed) {
        if (PRODUCT_TYPES.contains(type)) {
            return typed.path("Visibility").asText("Draft");
        }
        if (type.equals("Offer")) {
            return typed.path("BuyerAccounts").isEmpty() ? "Public" : "Private";
        }
        return "Private";
    }

    private static ObjectNode typedSummary(String type, ObjectNode details) {
        if (PRODUCT_TYPES.contains(type)) {
            return product(details);
        }
        return switch (type) {
            case "Offer" -> offer(details);
            case "ResaleAuthorization" -> resaleAuthorization(details);
            default -> SimHttp.JSON.createObjectNode();
        };
    }

    private static ObjectNode product(ObjectNode details) {
        JsonNode description = details.path("Description");
        ObjectNode summary = SimHttp.JSON.createObjectNode();
        copyText(description, "ProductTitle", summary, "ProductTitle");
        summary.put("Visibility", description.path("Visibility").asText("Draft"));
        return summary;
    }

    private static ObjectNode offer(ObjectNode details) {
        ObjectNode summary = SimHttp.JSON.createObjectNode();
        for (String field : List.of(
                "Name",
                "ProductId",
                "ResaleAuthorizationId",
                "OfferSetId",
                "TargetAgreementId",
                "TargetAgreementIntent")) {
            copyText(details, field, summary, field);
        }
        copyDate(details, "ReleaseDate", summary);
        copyDate(rule(details, "AvailabilityRule"), "AvailabilityEndDate", summary);
        JsonNode positive = rule(details, "TargetingRule").path("PositiveTargeting");
        List<String> targeting = new ArrayList<>();
        ArrayNode buyers = summary.putArray("BuyerAccounts");
        positive.path("BuyerAccounts").forEach(account -> {
            if (buyers.size() < MAX_SUMMARY_BUYER_ACCOUNTS) {
                buyers.add(account.asText());
            }
        });
        if (!positive.path("BuyerAccounts").isEmpty()) {
            targeting.add("BuyerAccounts");
        }
        if (!positive.path("CountryCodes").isEmpty()) {
            targeting.add("CountryCodes");
        }
        if (!positive.path("ParticipatingPrograms").isEmpty()) {
            targeting.add("ParticipatingPrograms");
        }
        summary.put("State", details.path("State").asText("Draft"));
        ArrayNode targetingNode = summary.putArray("Targeting");
        (targeting.isEmpty() ? List.of("None") : targeting).forEach(targetingNode::add);
        summary.put("CreatedBySource", details.path("CreatedBySource").asText("Seller"));
        return summary;
    }

    private static ObjectNode resaleAuthorization(ObjectNode details) {
        ObjectNode summary = SimHttp.JSON.createObjectNode();
        for (String field : List.of(
                "Name",
                "ProductId",
                "ProductName",
                "ManufacturerAccountId",
                "ManufacturerLegalName",
                "ResellerLegalName",
                "Status",
                "OfferExtendedStatus",
                "ResellerRole")) {
            copyText(details, field, summary, field);
        }
        // The details spell the reseller's id ResellerAccountId; the summary spells it ResellerAccountID.
        copyText(
                details,
                details.has("ResellerAccountID") ? "ResellerAccountID" : "ResellerAccountId",
                summary,
                "ResellerAccountID");
        copyDate(details, "CreatedDate", summary);
        copyDate(
                details.has("AvailabilityEndDate") ? details : rule(details, "AvailabilityRule"),
                "AvailabilityEndDate",
                summary);
        return summary;
    }

    private static JsonNode rule(JsonNode details, String type) {
        for (JsonNode rule : details.path("Rules")) {
            if (type.equals(rule.path("Type").asText())) {
                return rule;
            }
        }
        return SimHttp.JSON.createObjectNode();
    }

    /** Summary dates are always {@code YYYY-MM-DDTHH:MM:SSZ}, while details may hold a bare date. */
    private static void copyDate(JsonNode from, String field, ObjectNode to) {
        JsonNode value = from.get(field);
        if (value != null && !value.isNull() && !value.asText().isEmpty()) {
            to.put(field, WireTimestamps.iso(WireTimestamps.parse(value)));
        }
    }

    private static void copyText(JsonNode from, String field, ObjectNode to, String as) {
        JsonNode value = from.get(field);
        if (value != null && !value.isNull() && !value.asText().isEmpty()) {
            to.put(as, value.asText());
        }
    }
}
