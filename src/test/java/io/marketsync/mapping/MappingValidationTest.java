package io.marketsync.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MappingValidationTest {

    private static final Path INVALID = Fixtures.MAPPINGS.resolve("invalid");

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            unknown-key.yaml                | 5:16: fields.Status__c.frm: unknown key
            wrong-type.yaml                 | 7:16: fields.Name.maxLength: expected integer, found text 'eighty'
            missing-target.yaml             | 1:1: missing required key 'target'
            bad-path.yaml                   | 5:16: fields.Offer_Id__c: bad path 'proposalSummary..offerId': empty segment
            unknown-transform.yaml          | 5:83: fields.Product_Type__c.transform[1]: unknown transform 'lowercse' (known: lowercase, uppercase, trim, lastSegment, arnAccount)
            duplicate-field.yaml            | 7:3: fields.Status__c: duplicate key (first at line 5)
            bad-date-pattern.yaml           | 8:13: fields.Start_Date__c.format: bad date pattern 'yyyy-MM-dd bbb': Unknown pattern letter: b
            lookup-without-external-id.yaml | 7:5: fields.Buyer_Account__r.lookup: missing required key 'externalId'
            unknown-type.yaml               | 5:43: fields.Start_Date__c.type: 'timestamp' is not one of string, date, datetime, number, integer, boolean
            external-id-not-a-field.yaml    | 2:57: target.externalId: 'Agreement_Id__c' is not one of the fields
            bad-expression.yaml             | 5:67: fields.End_Date__c.fallback[1]: bad expression 'today+2w': expected today, now, or one of them +/- a number and d, h or m
            bad-template.yaml               | 5:21: fields.Name.template: bad template '{proposalSummary.offerId / {acceptor.accountId}': '{' inside a placeholder
            yaml-syntax.yaml                | 3:7: YAML syntax: expected ',' or '}', but got :
            """)
    void eachMistakeIsReportedAtItsFileLineAndColumn(String file, String expected) {
        Path path = INVALID.resolve(file);

        List<MappingProblem> problems = new MappingLoader().validate(path);

        assertThat(problems).extracting(MappingProblem::toString).containsExactly(path + ":" + expected);
    }

    @Test
    void problemsCarryTheirPartsSeparately() {
        Path path = INVALID.resolve("duplicate-field.yaml");

        assertThat(new MappingLoader().validate(path))
                .containsExactly(
                        new MappingProblem(path.toString(), 7, 3, "fields.Status__c: duplicate key (first at line 5)"));
    }

    @Test
    void loadingAnInvalidFileThrowsWithEveryProblemInLineOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("offer.yaml");
        Files.writeString(
                file,
                """
                source: aws.offer
                target: { object: Marketplace_Offer__c, externalId: Offer_Id__c }
                fields:
                  Offer_Id__c: DetailsDocument.Id
                  Name: { from: "DetailsDocument.Name[", maxLength: 80 }
                  Seller__c: { from: EntityArn, transform: accountOf }
                  Released__c: { from: DetailsDocument.State, type: boolean, maxLength: 5 }
                """);

        assertThatThrownBy(() -> new MappingLoader().load(file))
                .isInstanceOfSatisfying(MappingInvalidException.class, e -> assertThat(e.problems())
                        .extracting(MappingProblem::toString)
                        .containsExactly(
                                file + ":5:17: fields.Name.from: bad path 'DetailsDocument.Name[': '[' without ']'",
                                file + ":6:44: fields.Seller__c.transform: unknown transform 'accountOf' (known:"
                                        + " lowercase, uppercase, trim, lastSegment, arnAccount)",
                                file + ":7:62: fields.Released__c.maxLength: applies to string fields only"));
    }

    @Test
    void aDirectoryIsValidatedFileByFile() {
        assertThat(new MappingLoader().validateDirectory(Fixtures.MAPPINGS.resolve("aws")))
                .isEmpty();
        assertThat(new MappingLoader().validateDirectory(INVALID)).hasSize(13).allSatisfy(p -> assertThat(p.file())
                .startsWith(INVALID.toString()));
    }

    @Test
    void loadDirectoryNamesMappingsRelativeToIt() {
        assertThat(new MappingLoader().loadDirectory(Fixtures.MAPPINGS.resolve("aws")))
                .extracting(Mapping::name)
                .containsExactly("agreement.yaml", "offer-buyer.yaml", "offer-summary.yaml", "offer.yaml");
    }
}
