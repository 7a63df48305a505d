package io.marketsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingOptionsTest {

    @TempDir
    Path dir;

    @Test
    void agreementPageMapsPathsTemplatesValueMapsEpochDatesTransformsAndLookups() {
        MappingResult result = Fixtures.mapping("aws/agreement.yaml").apply(Fixtures.input("search-agreements.json"));

        assertThat(result.sourceCount()).isEqualTo(3);
        assertThat(result.failures()).isEmpty();
        assertThat(result.records()).hasSize(2); // the third is not a PurchaseAgreement: filtered by when

        Map<String, Object> first = result.records().get(0).record();
        assertThat(first)
                .containsExactly(
                        entry("attributes", Map.of("type", "Marketplace_Agreement__c")),
                        entry("Agreement_Id__c", "agmt-4f8zv6mh1exs2w0n5qk3yj7ca"),
                        entry("Name", "offer-1234567890 / 222222222222"),
                        entry("Status__c", "Active"),
                        entry("Start_Date__c", "2024-10-01"),
                        entry("End_Date__c", "2025-10-01"),
                        entry("Accepted_At__c", "2024-10-01T20:49:21Z"),
                        entry("Cloud__c", "AWS"),
                        entry("Offer_Id__c", "offer-1234567890"),
                        entry("Product_Id__c", "prod-7x2kqbwfm5fho"),
                        entry("Product_Type__c", "saasproduct"),
                        entry("License_Account__c", "294406891311"),
                        entry("License_Id__c", "l-0a1b2c3d4e5f60718293a4b5c6d7e8f9"),
                        entry(
                                "Buyer_Account__r",
                                Map.of("attributes", Map.of("type", "Account"), "AWS_Account_Id__c", "222222222222")));

        Map<String, Object> second = result.records().get(1).record();
        assertThat(second.get("Status__c"))
                .as("unmapped value takes the default")
                .isEqualTo("Other");
        assertThat(second.get("End_Date__c"))
                .as("no endTime: fallback today+365d")
                .isEqualTo("2026-01-15");
        assertThat(second.get("Accepted_At__c")).isEqualTo("2024-01-01T00:00:00.500Z");
        assertThat(second).doesNotContainKeys("License_Account__c", "License_Id__c");
    }

    @Test
    void mappedRecordsCarryObjectExternalIdSourceKeyAndParents() {
        MappedRecord r = Fixtures.mapping("aws/agreement.yaml")
                .apply(Fixtures.input("search-agreements.json"))
                .records()
                .get(0);

        assertThat(r.object()).isEqualTo("Marketplace_Agreement__c");
        assertThat(r.externalIdField()).isEqualTo("Agreement_Id__c");
        assertThat(r.externalId()).isEqualTo("agmt-4f8zv6mh1exs2w0n5qk3yj7ca");
        assertThat(r.mapping()).isEqualTo("aws/agreement.yaml");
        assertThat(r.sourceKey()).isEqualTo("agmt-4f8zv6mh1exs2w0n5qk3yj7ca");
        assertThat(r.parents()).containsExactly("Account");
    }

    @Test
    void offerEntityMapsMatchAndWildcardPathsJoinsNumbersBooleansAndFallbackConstants() {
        MappingResult result = Fixtures.mapping("aws/offer.yaml").apply(Fixtures.input("describe-offer.json"));

        assertThat(result.failures()).isEmpty();
        MappedRecord offer = result.records().get(0);
        assertThat(offer.sourceKey())
                .isEqualTo("arn:aws:aws-marketplace:us-east-1:111111111111:AWSMarketplace/Offer/offer-1234567890");
        assertThat(offer.record())
                .containsEntry("Offer_Id__c", "offer-1234567890")
                .containsEntry("Name", "Acme Analytics Enterpris")
                .containsEntry("Released__c", true)
                .containsEntry("Markup_Percentage__c", new BigDecimal("2.5"))
                .containsEntry("Expires_On__c", "2025-07-01")
                .containsEntry("Buyer_Accounts__c", "222222222222;333333333333")
                .containsEntry(
                        "Term_Types__c", "LegalTerm, ConfigurableUpfrontPricingTerm, ValidityTerm, PaymentScheduleTerm")
                .containsEntry("Duration__c", "P24M")
                .containsEntry("First_Charge_Date__c", "2024-11-01")
                .containsEntry("First_Charge_Amount__c", new BigDecimal("12000.00"))
                .containsEntry("Installments__c", "12000.00 + 12000.00")
                .containsEntry("Last_Modified__c", "2024-10-01T20:49:21Z")
                .containsEntry("Seller_Account__c", "111111111111")
                .containsEntry("Pricing_Model__c", "Contract")
                .containsEntry(
                        "Product__r",
                        Map.of(
                                "attributes",
                                Map.of("type", "Marketplace_Product__c"),
                                "Product_Id__c",
                                "prod-7x2kqbwfm5fho"));
    }

    @Test
    void missingValuesFallBackToExpressionsAndDefaults() {
        var offer = Fixtures.input("describe-offer.json").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) offer.get("DetailsDocument")).remove("Rules");
        ((com.fasterxml.jackson.databind.node.ObjectNode) offer.get("DetailsDocument")).remove("MarkupPercentage");

        Map<String, Object> record =
                Fixtures.mapping("aws/offer.yaml").apply(offer).records().get(0).record();

        assertThat(record.get("Expires_On__c")).isEqualTo("2025-02-14");
        assertThat(record.get("Markup_Percentage__c")).isEqualTo(new BigDecimal("0"));
        assertThat(record).doesNotContainKey("Buyer_Accounts__c");
    }

    @Test
    void eachEmitsOneRecordPerArrayElementAndReachesTheParentWithCaret() {
        MappingResult result = Fixtures.mapping("aws/offer-buyer.yaml").apply(Fixtures.input("list-offers.json"));

        assertThat(result.sourceCount()).isEqualTo(3);
        assertThat(result.records())
                .extracting(MappedRecord::externalId)
                .containsExactly("222222222222", "333333333333", "444444444444");
        assertThat(result.records().get(1).record())
                .containsEntry("Name", "AWS account 333333333333")
                .containsEntry("Source_Offer_Id__c", "offer-1234567890")
                .containsEntry("attributes", Map.of("type", "Account"));
        assertThat(result.records().get(1).sourceKey()).isEqualTo("333333333333");
        assertThat(result.records().get(0).parents()).isEmpty();
    }

    @Test
    void whenConditionsAllHoldAndArraysJoin() {
        MappingResult result = Fixtures.mapping("aws/offer-summary.yaml").apply(Fixtures.input("list-offers.json"));

        assertThat(result.records()).hasSize(3);
        Map<String, Object> publicOffer = result.records().get(2).record();
        assertThat(publicOffer)
                .containsEntry("Visibility__c", "PUBLIC")
                .containsEntry("Targeting__c", "None")
                .containsEntry("Released_On__c", "2024-09-12")
                .doesNotContainKeys("Buyer__r", "Expires_On__c");
        assertThat(result.records().get(0).record()).containsEntry("Expires_On__c", "2025-07-01T23:59:59Z");
    }

    @Test
    void whenSupportsNotEqualsNotInAndExists() {
        String fields =
                """
                source: aws.offer-summary
                target: { object: Marketplace_Offer__c, externalId: Offer_Id__c }
                records: EntitySummaryList
                when:
                  - { path: Visibility, notEquals: Public }
                  - { path: EntityId, notIn: [offer-0987654321] }
                  - { path: OfferSummary.BuyerAccounts, exists: true }
                fields:
                  Offer_Id__c: EntityId
                """;
        MappingResult result = Fixtures.inline(dir, fields).apply(Fixtures.input("list-offers.json"));

        assertThat(result.records()).extracting(MappedRecord::externalId).containsExactly("offer-1234567890");
    }

    @Test
    void typesAcceptIsoTextEpochSecondsAndDeclaredFormats() {
        Mapping m = Fixtures.inline(
                dir,
                """
                source: aws.data-feed.agreement
                target: { object: Marketplace_Agreement__c, externalId: Agreement_Id__c }
                fields:
                  Agreement_Id__c: agreement_id
                  Start_Date__c: { from: start_time, type: date }
                  End_Date__c: { from: end_time, type: date, format: "MM/dd/yyyy" }
                  Accepted_At__c: { from: acceptance_time, type: datetime }
                  Updated_At__c: { from: update_date, type: datetime }
                  Value__c: { from: estimated_agreement_value, type: number }
                  Seats__c: { from: seats, type: integer }
                  Auto_Renew__c: { from: auto_renew, type: boolean }
                  Offset_Day__c: { from: offset_time, type: date }
                """);
        MappingResult r = m.apply(
                Fixtures.json(
                        """
                {"agreement_id":"agmt-1","start_time":"1727815761","end_time":"07/01/2025",
                 "acceptance_time":"2024-10-01 20:49:21","update_date":"2024-10-01T22:49:21+02:00",
                 "estimated_agreement_value":"24000.50","seats":25.0,"auto_renew":"yes",
                 "offset_time":"2025-07-01T23:59:59-07:00"}
                """));

        assertThat(r.failures()).isEmpty();
        assertThat(r.records().get(0).record())
                .containsEntry("Start_Date__c", "2024-10-01")
                .containsEntry("End_Date__c", "2025-07-01")
                .containsEntry("Accepted_At__c", "2024-10-01T20:49:21Z")
                .containsEntry("Updated_At__c", "2024-10-01T20:49:21Z")
                .containsEntry("Value__c", new BigDecimal("24000.50"))
                .containsEntry("Seats__c", 25L)
                .containsEntry("Auto_Renew__c", true)
                .containsEntry("Offset_Day__c", "2025-07-01");
    }

    @Test
    void inputMayBeOneRecordOrAListAsWellAsAPage() {
        Mapping m = Fixtures.mapping("aws/offer-summary.yaml");
        var page = Fixtures.input("list-offers.json");
        MappingEngine engine = new MappingEngine(Fixtures.CLOCK);

        assertThat(engine.map(m, page.get("EntitySummaryList")).records()).hasSize(3);
        assertThat(engine.map(m, page.get("EntitySummaryList").get(1).toString())
                        .records())
                .extracting(MappedRecord::externalId)
                .containsExactly("offer-0987654321");
        assertThat(engine.map(m, Fixtures.JSON.convertValue(page, Map.class)).records())
                .hasSize(3);
        assertThat(engine.map(m, List.of()).records()).isEmpty();
    }

    @Test
    void engineLoadsByPathAndListsTargetAndFieldsWithPositions() {
        Mapping m = new MappingEngine(Fixtures.CLOCK).load(Fixtures.MAPPINGS.resolve("aws/agreement.yaml"));

        assertThat(m.source()).isEqualTo("aws.agreement");
        assertThat(m.target())
                .isEqualTo(new MappingTarget("Marketplace_Agreement__c", "Agreement_Id__c", new SourcePosition(3, 1)));
        assertThat(m.fields()).hasSize(13);
        assertThat(m.fields().get(1))
                .isEqualTo(new MappingField("Name", "string", null, 80, false, false, new SourcePosition(8, 3)));
        assertThat(m.fields().get(3)).extracting(MappingField::type).isEqualTo("date");
        assertThat(m.fields().get(12))
                .isEqualTo(new MappingField(
                        "Buyer_Account__r",
                        "string",
                        new MappingLookup("Account", "AWS_Account_Id__c"),
                        null,
                        false,
                        false,
                        new SourcePosition(22, 3)));
    }
}
