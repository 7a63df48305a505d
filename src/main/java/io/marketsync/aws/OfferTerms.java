package io.marketsync.aws;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an offer's pricing and payment terms into one line each for Salesforce: rate cards pair
 * dimensions with prices and schedules pair dates with amounts, which a mapping's paths alone cannot
 * put side by side.
 */
final class OfferTerms {

    private OfferTerms() {}

    /**
     * The price of each dimension per pricing term, e.g.
     * {@code Contract P24M: Seats 960.00 EUR; Usage: Transactions 0.002 USD}; null without pricing terms.
     */
    static String pricing(JsonNode detailsDocument) {
        List<String> parts = new ArrayList<>();
        for (JsonNode term : detailsDocument.path("Terms")) {
            String currency = term.path("CurrencyCode").asText("");
            switch (term.path("Type").asText()) {
                case "ConfigurableUpfrontPricingTerm" -> term.path("RateCards")
                        .forEach(card -> parts.add(("Contract "
                                                + card.path("Selector")
                                                        .path("Value")
                                                        .asText(""))
                                        .trim() + ": " + rates(card.path("RateCard"), currency)));
                case "UsageBasedPricingTerm" -> term.path("RateCards")
                        .forEach(card -> parts.add("Usage: " + rates(card.path("RateCard"), currency)));
                case "FixedUpfrontPricingTerm" -> parts.add(
                        "Fixed: " + term.path("Price").asText() + " " + currency
                                + (term.has("Duration")
                                        ? " for " + term.path("Duration").asText()
                                        : ""));
                case "FreeTrialPricingTerm" -> parts.add(
                        "Free trial " + term.path("Duration").asText(""));
                case "ByolPricingTerm" -> parts.add("Bring your own licence");
                default -> {
                    // legal, support, validity and payment terms carry no price of their own
                }
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** Each charge of the payment schedule, e.g. {@code 2025-12-01: 24000.00 EUR; 2026-12-01: 24000.00 EUR}. */
    static String paymentSchedule(JsonNode detailsDocument) {
        List<String> charges = new ArrayList<>();
        for (JsonNode term : detailsDocument.path("Terms")) {
            if ("PaymentScheduleTerm".equals(term.path("Type").asText())) {
                String currency = term.path("CurrencyCode").asText("");
                for (JsonNode charge : term.path("Schedule")) {
                    String date = charge.path("ChargeDate").asText();
                    charges.add(date.substring(0, Math.min(10, date.length())) + ": "
                            + charge.path("ChargeAmount").asText() + " " + currency);
                }
            }
        }
        return charges.isEmpty() ? null : String.join("; ", charges).trim();
    }

    private static String rates(JsonNode rateCard, String currency) {
        List<String> rates = new ArrayList<>();
        rateCard.forEach(rate -> rates.add(
                rate.path("DimensionKey").asText() + " " + rate.path("Price").asText() + " " + currency));
        return String.join(", ", rates).trim();
    }
}
