package io.marketsync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void writtenValuesReadBackWithCommasQuotesAndNewlines() {
        String csv = Csv.write(
                List.of("Offer_Id__c", "Name", "Terms__c"),
                List.of(List.of("offer-1", "Offer, \"Gold\"", "line 1\nline 2"), List.of("offer-2", "", "x")));

        assertThat(Csv.read(csv))
                .containsExactly(
                        Map.of("Offer_Id__c", "offer-1", "Name", "Offer, \"Gold\"", "Terms__c", "line 1\nline 2"),
                        Map.of("Offer_Id__c", "offer-2", "Name", "", "Terms__c", "x"));
    }

    @Test
    void readsBulkResultsWithQuotedAndBareColumns() {
        String failed = "\"sf__Id\",\"sf__Error\",Offer_Id__c,Name\r\n"
                + "\"\",\"REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --\",offer-3,\r\n";

        assertThat(Csv.read(failed))
                .containsExactly(Map.of(
                        "sf__Id", "",
                        "sf__Error", "REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --",
                        "Offer_Id__c", "offer-3",
                        "Name", ""));
    }

    @Test
    void bulkErrorTextSplitsIntoCodeAndMessage() {
        BulkUpsert.BulkError error =
                BulkUpsert.BulkError.parse("REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --");

        assertThat(error.code()).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(error.message()).isEqualTo("Required fields are missing: [Name]");
    }
}
