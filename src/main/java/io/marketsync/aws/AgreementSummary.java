package io.marketsync.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.marketsync.aws.client.Agreement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What Salesforce wants to know of an agreement and the API leaves to be worked out from its
 * accepted terms: total contract value and currency, pricing model, auto-renewal and duration.
 *
 * @param totalContractValue the payment schedule's charges when there is one, else the upfront
 *     charges (selected rate card times quantities, fixed upfront prices), else DescribeAgreement's
 *     estimate
 * @param pricingModel {@code Contract}, {@code Usage}, {@code Contract_With_Usage}, {@code BYOL} or {@code Free}
 * @param duration ISO-8601 period, e.g. {@code P12M}; null for pay-as-you-go
 */
public record AgreementSummary(
        BigDecimal totalContractValue,
        String currencyCode,
        String pricingModel,
        boolean autoRenew,
        String duration,
        String buyerAccountId) {

    public static AgreementSummary of(Agreement agreement, List<JsonNode> acceptedTerms) {
        List<Map.Entry<String, JsonNode>> kinds = kinds(acceptedTerms);
        Map<String, JsonNode> terms = new HashMap<>();
        kinds.forEach(kind -> terms.putIfAbsent(kind.getKey(), kind.getValue()));
        // A flexible payment schedule is what the buyer pays; its upfront pricing term is priced 0 then.
        List<Map.Entry<String, JsonNode>> priced = kinds.stream()
                .filter(kind -> kind.getKey().equals("paymentScheduleTerm"))
                .toList();
        if (priced.isEmpty()) {
            priced = kinds;
        }
        BigDecimal upfront = null;
        String currency = null;
        for (Map.Entry<String, JsonNode> kind : priced) {
            BigDecimal value = upfrontValue(kind.getKey(), kind.getValue());
            if (value != null) {
                upfront = upfront == null ? value : upfront.add(value);
                currency = currency == null ? text(kind.getValue().path("currencyCode")) : currency;
            }
        }
        Agreement.EstimatedCharges estimate = agreement.estimatedCharges();
        if (upfront == null && estimate != null && estimate.agreementValue() != null) {
            upfront = new BigDecimal(estimate.agreementValue());
            currency = estimate.currencyCode();
        }
        return new AgreementSummary(
                upfront,
                currency,
                pricingModel(terms),
                terms.containsKey("renewalTerm")
                        && terms.get("renewalTerm")
                                .path("configuration")
                                .path("enableAutoRenew")
                                .asBoolean(false),
                duration(terms),
                agreement.acceptor() == null ? null : agreement.acceptor().accountId());
    }

    private static BigDecimal upfrontValue(String kind, JsonNode term) {
        return switch (kind) {
            case "fixedUpfrontPricingTerm" -> decimal(term.path("price"));
            case "paymentScheduleTerm" -> {
                BigDecimal sum = BigDecimal.ZERO;
                for (JsonNode charge : term.path("schedule")) {
                    sum = sum.add(decimal(charge.path("chargeAmount")));
                }
                yield sum;
            }
            case "configurableUpfrontPricingTerm" -> selectedRateCardValue(term);
            default -> null;
        };
    }

    /** The chosen rate card (selector = the configuration's selector value) times the chosen quantities. */
    private static BigDecimal selectedRateCardValue(JsonNode term) {
        JsonNode configuration = term.path("configuration");
        String selected = text(configuration.path("selectorValue"));
        JsonNode rateCard = null;
        for (JsonNode card : term.path("rateCards")) {
            if (rateCard == null
                    || selected != null
                            && selected.equals(text(card.path("selector").path("value")))) {
                rateCard = card.path("rateCard");
            }
        }
        Map<String, BigDecimal> prices = new HashMap<>();
        if (rateCard != null) {
            rateCard.forEach(item -> prices.put(text(item.path("dimensionKey")), decimal(item.path("price"))));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode dimension : configuration.path("dimensions")) {
            BigDecimal price = prices.getOrDefault(text(dimension.path("dimensionKey")), BigDecimal.ZERO);
            sum = sum.add(price.multiply(
                    BigDecimal.valueOf(dimension.path("dimensionValue").asLong())));
        }
        return sum;
    }

    private static String pricingModel(Map<String, JsonNode> terms) {
        if (terms.containsKey("byolPricingTerm")) {
            return "BYOL";
        }
        boolean contract = terms.containsKey("configurableUpfrontPricingTerm")
                || terms.containsKey("fixedUpfrontPricingTerm")
                || terms.containsKey("paymentScheduleTerm")
                || terms.containsKey("recurringPaymentTerm");
        boolean usage = terms.containsKey("usageBasedPricingTerm");
        if (contract) {
            return usage ? "Contract_With_Usage" : "Contract";
        }
        return usage ? "Usage" : "Free";
    }

    private static String duration(Map<String, JsonNode> terms) {
        String validity = text(terms.getOrDefault("validityTerm", missing()).path("agreementDuration"));
        if (validity != null) {
            return validity;
        }
        JsonNode configurable = terms.getOrDefault("configurableUpfrontPricingTerm", missing());
        if (configurable
                .path("rateCards")
                .path(0)
                .path("selector")
                .path("type")
                .asText()
                .equals("Duration")) {
            return text(configurable.path("configuration").path("selectorValue"));
        }
        return text(terms.getOrDefault("fixedUpfrontPricingTerm", missing()).path("duration"));
    }

    /** Accepted terms are a union: one key per item naming the kind of term. */
    private static List<Map.Entry<String, JsonNode>> kinds(List<JsonNode> acceptedTerms) {
        List<Map.Entry<String, JsonNode>> kinds = new ArrayList<>();
        acceptedTerms.forEach(term -> term.fields().forEachRemaining(kinds::add));
        return kinds;
    }

    private static JsonNode missing() {
        return MissingNode.getInstance();
    }

    private static BigDecimal decimal(JsonNode node) {
        String text = text(node);
        return text == null || text.isBlank() ? BigDecimal.ZERO : new BigDecimal(text.trim());
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
