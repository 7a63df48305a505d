package io.marketsync.salesforce.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandardObjectsTest {

    private final OrgSchema schema = OrgSchema.standardOnly();

    @Test
    void knowsTheStandardObjectsTheAppUses() {
        assertThat(schema.objects())
                .extracting(ObjectDef::name)
                .containsExactly("Account", "Contact", "Opportunity", "Lead", "Quote", "User");
        assertThat(schema.objects()).noneMatch(ObjectDef::custom);
        assertThat(schema.object("opportunity")).map(ObjectDef::name).contains("Opportunity");
        assertThat(schema.object("Marketplace_Offer__c")).isEmpty();
    }

    @Test
    void addsSystemFieldsInDescribeOrder() {
        ObjectDef account = schema.object("Account").orElseThrow();
        assertThat(account.fields().keySet()).startsWith("Id", "IsDeleted", "Name");
        assertThat(account.fields().keySet())
                .endsWith(
                        "OwnerId",
                        "CreatedDate",
                        "CreatedById",
                        "LastModifiedDate",
                        "LastModifiedById",
                        "SystemModstamp");
        assertThat(account.field("Id").orElseThrow().type()).isEqualTo(FieldType.ID);
        assertThat(account.field("Id").orElseThrow().writable()).isFalse();
        assertThat(account.field("OwnerId").orElseThrow().writable()).isTrue();
        assertThat(account.field("SystemModstamp").orElseThrow().writable()).isFalse();
        assertThat(schema.object("Quote").orElseThrow().field("OwnerId")).isEmpty();
    }

    @Test
    void accountFields() {
        ObjectDef account = schema.object("Account").orElseThrow();
        FieldDef name = account.field("name").orElseThrow();
        assertThat(name.required()).isTrue();
        assertThat(name.length()).isEqualTo(255);
        assertThat(account.field("Website").orElseThrow().type()).isEqualTo(FieldType.URL);
        assertThat(account.field("BillingCountry").orElseThrow().length()).isEqualTo(80);
        assertThat(account.field("Industry").orElseThrow().picklistValues()).contains("Technology", "Food & Beverage");
        assertThat(account.field("Industry").orElseThrow().restrictedPicklist()).isFalse();
        assertThat(account.relationship("Parent")).map(FieldDef::name).contains("ParentId");
    }

    @Test
    void opportunityStageIsARequiredRestrictedPicklist() {
        ObjectDef opportunity = schema.object("Opportunity").orElseThrow();
        FieldDef stage = opportunity.field("StageName").orElseThrow();
        assertThat(stage.type()).isEqualTo(FieldType.PICKLIST);
        assertThat(stage.required()).isTrue();
        assertThat(stage.restrictedPicklist()).isTrue();
        assertThat(stage.picklistValues()).startsWith("Prospecting").endsWith("Closed Won", "Closed Lost");
        assertThat(opportunity.field("CloseDate").orElseThrow().required()).isTrue();
        FieldDef amount = opportunity.field("Amount").orElseThrow();
        assertThat(amount.type()).isEqualTo(FieldType.CURRENCY);
        assertThat(amount.precision()).isEqualTo(18);
        assertThat(amount.scale()).isEqualTo(2);
        assertThat(opportunity.field("IsWon").orElseThrow().calculated()).isTrue();
    }

    @Test
    void standardRelationshipsDropTheIdSuffix() {
        ObjectDef opportunity = schema.object("Opportunity").orElseThrow();
        FieldDef account = opportunity.relationship("account").orElseThrow();
        assertThat(account.name()).isEqualTo("AccountId");
        assertThat(account.referenceTo()).isEqualTo("Account");
        assertThat(opportunity.relationship("Owner")).map(FieldDef::referenceTo).contains("User");
        assertThat(schema.object("Quote").orElseThrow().relationship("Opportunity"))
                .map(FieldDef::required)
                .contains(true);
        assertThat(schema.object("Contact")
                        .orElseThrow()
                        .field("LastName")
                        .orElseThrow()
                        .required())
                .isTrue();
        assertThat(schema.object("Lead")
                        .orElseThrow()
                        .field("Company")
                        .orElseThrow()
                        .required())
                .isTrue();
    }

    @Test
    void everyReferenceResolvesWithinTheSchema() {
        schema.objects().stream()
                .flatMap(o -> o.fields().values().stream())
                .filter(f -> f.type().isReference())
                .forEach(f ->
                        assertThat(schema.object(f.referenceTo())).as(f.name()).isPresent());
    }
}
