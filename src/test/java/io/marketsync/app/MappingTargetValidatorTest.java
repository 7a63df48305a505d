package io.marketsync.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketsync.mapping.MappingEngine;
import io.marketsync.salesforce.metadata.OrgSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mapping targets checked against the repository's SFDX project. */
class MappingTargetValidatorTest {

    private static final OrgSchema SCHEMA = OrgSchema.load(Path.of("salesforce"));

    @TempDir
    Path dir;

    private List<String> problems(String fields) throws Exception {
        return problems("Marketplace_Agreement__c", "Agreement_Id__c", fields);
    }

    private List<String> problems(String object, String externalId, String fields) throws Exception {
        Path file = dir.resolve("m.yaml");
        Files.writeString(
                file,
                "source: test\ntarget: { object: " + object + ", externalId: " + externalId + " }\nfields:\n  "
                        + externalId + ": id\n" + fields);
        return new MappingTargetValidator(SCHEMA)
                .validate(new MappingEngine().load(file)).stream()
                        .map(p -> p.line() + ":" + p.column() + ": " + p.message())
                        .toList();
    }

    @Test
    void compatibleFieldsPass() throws Exception {
        assertThat(
                        problems(
                                """
                  Start_Date__c: { from: start, type: date }
                  Accepted_On__c: { from: accepted, type: datetime }
                  Total_Contract_Value__c: { from: tcv, type: number }
                  Auto_Renew__c: { from: renew, type: boolean }
                  Currency_Code__c: { from: currency, maxLength: 3 }
                  Buyer_Account__r: { from: buyer, lookup: { object: Account, externalId: AWS_Account_Id__c } }
                """))
                .isEmpty();
    }

    @Test
    void anUnknownObjectIsNamedAtTheTarget() throws Exception {
        assertThat(problems("Marketplace_Contract__c", "Agreement_Id__c", ""))
                .containsExactly("2:1: target object 'Marketplace_Contract__c' is not in salesforce/");
    }

    @Test
    void theExternalIdMustBeAnExternalIdField() throws Exception {
        assertThat(problems("Marketplace_Agreement__c", "Currency_Code__c", ""))
                .containsExactly("2:1: target.externalId 'Currency_Code__c' is not an external id field of"
                        + " Marketplace_Agreement__c");
    }

    @Test
    void typesLengthsAndWritabilityAreChecked() throws Exception {
        assertThat(
                        problems(
                                """
                  Status__c: { from: status, type: date }
                  Auto_Renew__c: { from: renew, type: number }
                  Currency_Code__c: { from: currency, maxLength: 10 }
                  CreatedDate: { from: created, type: datetime }
                """))
                .containsExactly(
                        "5:3: field 'Status__c' is PICKLIST on Marketplace_Agreement__c but the mapping writes type date",
                        "6:3: field 'Auto_Renew__c' is CHECKBOX on Marketplace_Agreement__c but the mapping writes type"
                                + " number",
                        "7:3: maxLength 10 of 'Currency_Code__c' exceeds its length 3 on Marketplace_Agreement__c",
                        "8:3: field 'CreatedDate' of Marketplace_Agreement__c is not writable (DATETIME)");
    }

    @Test
    void lookupsNeedARelationshipToTheirObjectAndAnExternalIdOnIt() throws Exception {
        assertThat(
                        problems(
                                """
                  Buyer__r: { from: buyer, lookup: { object: Account, externalId: AWS_Account_Id__c } }
                  Offer__r: { from: offer, lookup: { object: Account, externalId: AWS_Account_Id__c } }
                  Listing__r: { from: product, lookup: { object: Marketplace_Listing__c, externalId: Name } }
                """))
                .containsExactly(
                        "5:3: 'Buyer__r' is not a relationship of Marketplace_Agreement__c in salesforce/",
                        "6:3: 'Offer__r' refers to Marketplace_Offer__c, not Account",
                        "7:3: lookup externalId 'Name' is not an external id field of Marketplace_Listing__c");
    }
}
