package io.marketsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnmappableRecordsTest {

    @TempDir
    Path dir;

    private JsonNode pageWithTwoBrokenAgreements() {
        JsonNode page = Fixtures.input("search-agreements.json").deepCopy();
        ((ObjectNode) page.get("agreementViewSummaries").get(0)).remove("acceptanceTime"); // required
        ((ObjectNode) page.get("agreementViewSummaries").get(1)).put("startTime", "next Tuesday"); // not a date
        return page;
    }

    @Test
    void refusedRecordsBecomeFailuresAndTheRestOfThePageIsMapped() {
        JsonNode page = pageWithTwoBrokenAgreements();
        ((ArrayNode) page.get("agreementViewSummaries"))
                .addObject()
                .put("agreementId", "agmt-7y6t5r4e3w2q1a0s9d8f7g6h5")
                .put("agreementType", "PurchaseAgreement")
                .put("acceptanceTime", 1735689600)
                .put("status", "ACTIVE");

        MappingResult result = Fixtures.mapping("aws/agreement.yaml").apply(page);

        assertThat(result.sourceCount()).isEqualTo(4);
        assertThat(result.records())
                .extracting(MappedRecord::externalId)
                .containsExactly("agmt-7y6t5r4e3w2q1a0s9d8f7g6h5");
        assertThat(result.failures())
                .containsExactly(
                        new MappingFailure(
                                "aws/agreement.yaml",
                                "agmt-4f8zv6mh1exs2w0n5qk3yj7ca",
                                "Accepted_At__c: required value missing",
                                page.get("agreementViewSummaries").get(0).toString()),
                        new MappingFailure(
                                "aws/agreement.yaml",
                                "agmt-9c1kq4ww7h2x8d3m0r5tz6yvb",
                                "Start_Date__c: 'next Tuesday' is not a date (ISO-8601 or epoch seconds expected)",
                                page.get("agreementViewSummaries").get(1).toString()));
    }

    @Test
    void theFailurePayloadIsTheSourceRecordAsJson() {
        MappingFailure failure = Fixtures.mapping("aws/agreement.yaml")
                .apply(pageWithTwoBrokenAgreements())
                .failures()
                .get(1);

        assertThat(Fixtures.json(failure.payload()).get("startTime").asText()).isEqualTo("next Tuesday");
        assertThat(Fixtures.json(failure.payload()).get("agreementId").asText())
                .isEqualTo("agmt-9c1kq4ww7h2x8d3m0r5tz6yvb");
    }

    @Test
    void aFallbackHealsAnUnparsableValueBeforeTheRecordIsRefused() {
        Mapping m = Fixtures.inline(
                dir,
                """
                source: aws.offer
                target: { object: Marketplace_Offer__c, externalId: Offer_Id__c }
                fields:
                  Offer_Id__c: DetailsDocument.Id
                  Expires_On__c:
                    from: "DetailsDocument.Rules[Type=AvailabilityRule].AvailabilityEndDate"
                    type: date
                    fallback: [ LastModifiedDate, "today+15d" ]
                """);
        JsonNode offer = Fixtures.input("describe-offer.json").deepCopy();
        ((ObjectNode) offer.at("/DetailsDocument/Rules/0")).put("AvailabilityEndDate", "end of quarter");

        assertThat(m.apply(offer).records().get(0).record()).containsEntry("Expires_On__c", "2024-10-01");

        ((ObjectNode) offer).put("LastModifiedDate", "recently");
        assertThat(m.apply(offer).records().get(0).record()).containsEntry("Expires_On__c", "2025-01-30");
    }

    @Test
    void aListWithoutJoinAndAMissingExternalIdAreRefusedWithTheirReason() {
        Mapping m = Fixtures.inline(
                dir,
                """
                source: aws.offer-summary
                target: { object: Marketplace_Offer__c, externalId: Offer_Id__c }
                records: EntitySummaryList
                fields:
                  Offer_Id__c: OfferSummary.ResaleAuthorizationId
                  Buyers__c: OfferSummary.BuyerAccounts
                """);
        JsonNode page = Fixtures.input("list-offers.json");

        MappingResult result = m.apply(page);

        assertThat(result.records()).isEmpty();
        assertThat(result.failures())
                .extracting(MappingFailure::sourceKey, MappingFailure::reason)
                .containsExactly(
                        tuple("#0", "Buyers__c: a list of 2 values; add join to the field"),
                        tuple("#1", "Buyers__c: a list of 1 values; add join to the field"),
                        tuple("#2", "Offer_Id__c: the external id has no value"));
    }
}
