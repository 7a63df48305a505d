package io.marketsync.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rules of an offer's (or resale authorization's) {@code DetailsDocument}: the buyer
 * accounts it targets and the date it stops being available. Rules are a list of typed objects,
 * which field paths alone cannot pick from, so the consumer lifts these out for the mappings.
 */
final class OfferRules {

    private OfferRules() {}

    /** {@code TargetingRule.PositiveTargeting.BuyerAccounts}; empty for public offers. */
    static List<String> buyerAccounts(JsonNode detailsDocument) {
        List<String> accounts = new ArrayList<>();
        rule(detailsDocument, "TargetingRule")
                .path("PositiveTargeting")
                .path("BuyerAccounts")
                .forEach(account -> accounts.add(account.asText()));
        return accounts;
    }

    /** {@code AvailabilityRule.AvailabilityEndDate}, or null. */
    static String availabilityEndDate(JsonNode detailsDocument) {
        JsonNode date = rule(detailsDocument, "AvailabilityRule").path("AvailabilityEndDate");
        return date.isTextual() ? date.asText() : null;
    }

    private static JsonNode rule(JsonNode detailsDocument, String type) {
        for (JsonNode rule : detailsDocument.path("Rules")) {
            if (type.equals(rule.path("Type").asText())) {
                return rule;
            }
        }
        return MissingNode.getInstance();
    }
}
