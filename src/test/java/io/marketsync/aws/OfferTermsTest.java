package io.marketsync.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class OfferTermsTest {

    private static JsonNode offer(String terms) throws Exception {
        return new ObjectMapper().readTree("{\"Terms\": [" + terms + "]}");
    }

    @Test
    void pricingPairsEachDimensionWithItsPrice() throws Exception {
        JsonNode offer = offer(
                """
                {"Type": "ConfigurableUpfrontPricingTerm", "CurrencyCode": "EUR", "RateCards": [
                  {"Selector": {"Type": "Duration", "Value": "P12M"},
                   "RateCard": [{"DimensionKey": "Seats", "Price": "500.00"}, {"DimensionKey": "Admins", "Price": "50.00"}]},
                  {"Selector": {"Type": "Duration", "Value": "P24M"}, "RateCard": [{"DimensionKey": "Seats", "Price": "960.00"}]}]},
                {"Type": "UsageBasedPricingTerm", "CurrencyCode": "USD",
                 "RateCards": [{"RateCard": [{"DimensionKey": "Transactions", "Price": "0.002"}]}]},
                {"Type": "FreeTrialPricingTerm", "Duration": "P30D"},
                {"Type": "LegalTerm", "Documents": []}
                """);

        assertThat(OfferTerms.pricing(offer))
                .isEqualTo("Contract P12M: Seats 500.00 EUR, Admins 50.00 EUR; Contract P24M: Seats 960.00 EUR;"
                        + " Usage: Transactions 0.002 USD; Free trial P30D");
    }

    @Test
    void paymentScheduleListsEachChargeWithItsDate() throws Exception {
        JsonNode offer = offer(
                """
                {"Type": "PaymentScheduleTerm", "CurrencyCode": "EUR", "Schedule": [
                  {"ChargeDate": "2025-12-01T00:00:00Z", "ChargeAmount": "24000.00"},
                  {"ChargeDate": "2026-12-01T00:00:00Z", "ChargeAmount": "24000.00"}]}
                """);

        assertThat(OfferTerms.paymentSchedule(offer)).isEqualTo("2025-12-01: 24000.00 EUR; 2026-12-01: 24000.00 EUR");
        assertThat(OfferTerms.pricing(offer)).isNull();
    }

    @Test
    void anOfferWithoutTermsHasNeither() throws Exception {
        JsonNode offer = offer("");
        assertThat(OfferTerms.pricing(offer)).isNull();
        assertThat(OfferTerms.paymentSchedule(offer)).isNull();
    }
}
