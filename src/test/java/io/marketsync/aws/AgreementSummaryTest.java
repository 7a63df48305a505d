package io.marketsync.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketsync.aws.client.Agreement;
import io.marketsync.aws.client.AwsJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementSummaryTest {

    private static final Agreement AGREEMENT = agreement(null);

    @Test
    void contractValueIsTheSelectedRateCardTimesTheChosenQuantities() {
        AgreementSummary summary = AgreementSummary.of(
                AGREEMENT,
                terms(
                        """
                        {"configurableUpfrontPricingTerm": {"type": "ConfigurableUpfrontPricingTerm", "currencyCode": "EUR",
                          "rateCards": [
                            {"selector": {"type": "Duration", "value": "P1M"},
                             "rateCard": [{"dimensionKey": "Pro", "price": "10.00"}, {"dimensionKey": "Basic", "price": "1.00"}]},
                            {"selector": {"type": "Duration", "value": "P12M"},
                             "rateCard": [{"dimensionKey": "Pro", "price": "100.50"}, {"dimensionKey": "Basic", "price": "20.00"}]}],
                          "configuration": {"selectorValue": "P12M",
                            "dimensions": [{"dimensionKey": "Pro", "dimensionValue": 3}, {"dimensionKey": "Basic", "dimensionValue": 2}]}}}""",
                        """
                        {"renewalTerm": {"type": "RenewalTerm", "configuration": {"enableAutoRenew": true}}}"""));

        assertThat(summary.totalContractValue()).isEqualByComparingTo("341.50");
        assertThat(summary.currencyCode()).isEqualTo("EUR");
        assertThat(summary.pricingModel()).isEqualTo("Contract");
        assertThat(summary.duration()).isEqualTo("P12M");
        assertThat(summary.autoRenew()).isTrue();
        assertThat(summary.buyerAccountId()).isEqualTo("444455556666");
    }

    @Test
    void aPaymentScheduleIsTheContractValue() {
        AgreementSummary summary = AgreementSummary.of(
                AGREEMENT,
                terms(
                        """
                        {"fixedUpfrontPricingTerm": {"type": "FixedUpfrontPricingTerm", "currencyCode": "USD", "price": "0.0", "duration": "P24M"}}""",
                        """
                        {"paymentScheduleTerm": {"type": "PaymentScheduleTerm", "currencyCode": "USD",
                          "schedule": [{"chargeDate": 1735689600, "chargeAmount": "200.00"}, {"chargeDate": 1738368000, "chargeAmount": "170.00"}]}}""",
                        """
                        {"validityTerm": {"type": "ValidityTerm", "agreementDuration": "P24M"}}"""));

        assertThat(summary.totalContractValue()).isEqualByComparingTo("370.00");
        assertThat(summary.currencyCode()).isEqualTo("USD");
        assertThat(summary.pricingModel()).isEqualTo("Contract");
        assertThat(summary.duration()).isEqualTo("P24M");
        assertThat(summary.autoRenew()).isFalse();
    }

    @Test
    void contractWithUsageIsRecognised() {
        AgreementSummary summary = AgreementSummary.of(
                AGREEMENT,
                terms(
                        """
                        {"fixedUpfrontPricingTerm": {"type": "FixedUpfrontPricingTerm", "currencyCode": "USD", "price": "1200", "duration": "P12M"}}""",
                        """
                        {"usageBasedPricingTerm": {"type": "UsageBasedPricingTerm", "currencyCode": "USD",
                          "rateCards": [{"rateCard": [{"dimensionKey": "gb", "price": "0.1"}]}]}}"""));

        assertThat(summary.pricingModel()).isEqualTo("Contract_With_Usage");
        assertThat(summary.totalContractValue()).isEqualByComparingTo("1200");
        assertThat(summary.duration()).isEqualTo("P12M");
    }

    @Test
    void usageOnlyFallsBackToTheEstimatedCharges() {
        AgreementSummary summary = AgreementSummary.of(
                agreement(new Agreement.EstimatedCharges("JPY", "5000")),
                terms(
                        """
                        {"usageBasedPricingTerm": {"type": "UsageBasedPricingTerm", "currencyCode": "JPY",
                          "rateCards": [{"rateCard": [{"dimensionKey": "hrs", "price": "3"}]}]}}"""));

        assertThat(summary.pricingModel()).isEqualTo("Usage");
        assertThat(summary.totalContractValue()).isEqualByComparingTo("5000");
        assertThat(summary.currencyCode()).isEqualTo("JPY");
        assertThat(summary.duration()).isNull();
    }

    @Test
    void byolAndFreeAgreements() {
        assertThat(AgreementSummary.of(
                                AGREEMENT,
                                terms("""
                        {"byolPricingTerm": {"type": "ByolPricingTerm"}}"""))
                        .pricingModel())
                .isEqualTo("BYOL");
        AgreementSummary free = AgreementSummary.of(
                AGREEMENT,
                terms(
                        """
                        {"freeTrialPricingTerm": {"type": "FreeTrialPricingTerm", "duration": "P30D"}}"""));
        assertThat(free.pricingModel()).isEqualTo("Free");
        assertThat(free.totalContractValue()).isNull();
    }

    @Test
    void decimalsKeepTheirScale() {
        assertThat(AgreementSummary.of(
                                AGREEMENT,
                                terms(
                                        """
                        {"fixedUpfrontPricingTerm": {"currencyCode": "USD", "price": "99.99"}}"""))
                        .totalContractValue())
                .isEqualTo(new BigDecimal("99.99"));
    }

    private static Agreement agreement(Agreement.EstimatedCharges estimate) {
        return new Agreement(
                "agmt-1",
                new Agreement.Party("444455556666"),
                new Agreement.Party("111122223333"),
                null,
                null,
                null,
                "PurchaseAgreement",
                estimate,
                null,
                "ACTIVE");
    }

    private static List<JsonNode> terms(String... json) {
        List<JsonNode> terms = new ArrayList<>();
        for (String term : json) {
            try {
                terms.add(AwsJson.MAPPER.readTree(term));
            } catch (Exception e) {
                throw new IllegalArgumentException(term, e);
            }
        }
        return terms;
    }
}
