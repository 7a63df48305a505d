package io.marketsync.salesforce.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The SFDX project shipped in {@code salesforce/}, read as the simulator and {@code validate} read it. */
class SalesforceProjectTest {

    private static final Path PROJECT = Path.of("salesforce");
    private static final Path METADATA = PROJECT.resolve("force-app/main/default");
    private static final List<String> CUSTOM_OBJECTS = List.of(
            "Marketplace_Listing__c",
            "Marketplace_Offer__c",
            "Marketplace_Agreement__c",
            "Marketplace_Resale_Authorization__c",
            "Cosell_Opportunity__c");
    private static final List<String> STANDARD_OBJECTS = List.of("Account", "Contact", "Opportunity", "Lead", "Quote");
    private static final String EVENT = "MarketSync_Cosell_Action__e";

    private final OrgSchema schema = OrgSchema.load(PROJECT);

    @Test
    void declaresAnApiVersionedSourceProject() throws IOException {
        JsonNode project =
                new ObjectMapper().readTree(PROJECT.resolve("sfdx-project.json").toFile());
        assertThat(project.path("sourceApiVersion").asText()).isEqualTo("62.0");
        assertThat(project.path("packageDirectories").get(0).path("path").asText())
                .isEqualTo("force-app");
        assertThat(project.path("packageDirectories").get(0).path("default").asBoolean())
                .isTrue();
    }

    @Test
    void definesTheMarketplaceObjectsEachWithOneUniqueExternalId() {
        assertThat(schema.objects().stream().filter(o -> o.custom() && !o.platformEvent()))
                .extracting(ObjectDef::name)
                .containsExactlyInAnyOrderElementsOf(CUSTOM_OBJECTS);
        for (String name : CUSTOM_OBJECTS) {
            ObjectDef object = schema.object(name).orElseThrow();
            assertThat(object.externalIdFields()).as(name).hasSize(1);
            FieldDef key = object.externalIdFields().get(0);
            assertThat(key.unique()).as(name).isTrue();
            assertThat(key.type()).as(name).isEqualTo(FieldType.TEXT);
            assertThat(key.length()).as(name).isEqualTo(255);
            assertThat(object.field("Cloud__c").orElseThrow().picklistValues())
                    .as(name)
                    .containsExactly("AWS", "Azure", "GCP");
            assertThat(object.field("Cloud__c").orElseThrow().restrictedPicklist())
                    .isTrue();
        }
    }

    @Test
    void accountCarriesTheCloudAccountIdsAsExternalIds() {
        ObjectDef account = schema.object("Account").orElseThrow();
        assertThat(account.externalIdFields())
                .extracting(FieldDef::name, FieldDef::length, FieldDef::unique)
                .containsExactly(
                        tuple("AWS_Account_Id__c", 12, true),
                        tuple("Azure_Tenant_Id__c", 36, true),
                        tuple("GCP_Billing_Account_Id__c", 20, true));
        assertThat(account.field("Name").orElseThrow().required()).isTrue();
    }

    @Test
    void relationshipsReachTheirParents() {
        assertThat(parentOf("Marketplace_Offer__c", "Listing__r")).isEqualTo("Marketplace_Listing__c");
        assertThat(parentOf("Marketplace_Offer__c", "Resale_Authorization__r"))
                .isEqualTo("Marketplace_Resale_Authorization__c");
        assertThat(parentOf("Marketplace_Offer__c", "Buyer_Account__r")).isEqualTo("Account");
        assertThat(parentOf("Marketplace_Agreement__c", "Offer__r")).isEqualTo("Marketplace_Offer__c");
        assertThat(parentOf("Marketplace_Agreement__c", "Listing__r")).isEqualTo("Marketplace_Listing__c");
        assertThat(parentOf("Marketplace_Agreement__c", "Buyer_Account__r")).isEqualTo("Account");
        assertThat(parentOf("Marketplace_Resale_Authorization__c", "Listing__r"))
                .isEqualTo("Marketplace_Listing__c");
        assertThat(parentOf("Cosell_Opportunity__c", "Opportunity__r")).isEqualTo("Opportunity");
    }

    @Test
    void fieldsModelWhatTheCloudsReturn() {
        ObjectDef agreement = schema.object("Marketplace_Agreement__c").orElseThrow();
        FieldDef status = agreement.field("Status__c").orElseThrow();
        assertThat(status.restrictedPicklist()).isTrue();
        assertThat(status.picklistValues())
                .contains(
                        "Active",
                        "Archived",
                        "Cancelled",
                        "Expired",
                        "Renewed",
                        "Replaced",
                        "Rolled Back",
                        "Superseded",
                        "Terminated",
                        "Other");
        assertThat(agreement.field("Total_Contract_Value__c").orElseThrow().type())
                .isEqualTo(FieldType.CURRENCY);
        assertThat(agreement.field("Auto_Renew__c").orElseThrow().type()).isEqualTo(FieldType.CHECKBOX);
        assertThat(agreement.field("Start_Date__c").orElseThrow().type()).isEqualTo(FieldType.DATE);
        assertThat(agreement.field("Accepted_On__c").orElseThrow().type()).isEqualTo(FieldType.DATETIME);

        ObjectDef offer = schema.object("Marketplace_Offer__c").orElseThrow();
        assertThat(offer.field("Availability_End__c").orElseThrow().type()).isEqualTo(FieldType.DATE);
        assertThat(offer.field("Targeted_Buyers__c").orElseThrow().type()).isEqualTo(FieldType.LONG_TEXTAREA);
        assertThat(offer.field("Duration_Months__c").orElseThrow().scale()).isZero();
        assertThat(offer.field("Legal_Terms_URL__c").orElseThrow().type()).isEqualTo(FieldType.URL);

        ObjectDef cosell = schema.object("Cosell_Opportunity__c").orElseThrow();
        assertThat(cosell.field("Stage__c").orElseThrow().picklistValues())
                .startsWith("Prospect", "Qualified", "Technical Validation", "Business Validation", "Committed");
        assertThat(cosell.field("Review_Status__c").orElseThrow().picklistValues())
                .containsExactly(
                        "Pending Submission", "Submitted", "In review", "Approved", "Rejected", "Action Required");
        assertThat(cosell.field("Cloud_Opportunity_Id__c").orElseThrow().required())
                .as("a co-sell record started in Salesforce has no cloud id yet")
                .isFalse();
        assertThat(cosell.field("Last_Error__c").orElseThrow().type()).isEqualTo(FieldType.LONG_TEXTAREA);
    }

    @Test
    void definesTheCoSellActionPlatformEvent() {
        ObjectDef event = schema.object(EVENT).orElseThrow();
        assertThat(event.platformEvent()).isTrue();
        assertThat(event.fields().keySet())
                .contains("Action__c", "Cloud__c", "Opportunity_Id__c", "Reason__c", "Payload__c");
        assertThat(event.field("Action__c").orElseThrow().required()).isTrue();
        assertThat(event.field("Payload__c").orElseThrow().type()).isEqualTo(FieldType.LONG_TEXTAREA);
        MetadataElement definition = MetadataXml.read(
                METADATA.resolve("objects").resolve(EVENT).resolve(EVENT + ".object-meta.xml"), "CustomObject");
        assertThat(definition.text("eventType")).contains("HighVolume");
        assertThat(definition.text("publishBehavior")).contains("PublishAfterCommit");
    }

    @Test
    void capturesChangesOnTheObjectsTheCoSellRouteConsumes() throws IOException {
        assertThat(changeEventEntities())
                .containsExactlyInAnyOrder("OpportunityChangeEvent", "Cosell_Opportunity__ChangeEvent");
    }

    @Test
    void integrationUserGetsReadCreateEditOnEveryObjectAndViewAllWhereChangesAreConsumed() throws IOException {
        PermissionSetFile permissions = integrationPermissions();
        assertThat(permissions.label()).isEqualTo("MarketSync Integration User");
        Set<String> consumedByChangeEvents = Set.of("Opportunity", "Cosell_Opportunity__c");
        for (String object : Stream.concat(STANDARD_OBJECTS.stream(), CUSTOM_OBJECTS.stream())
                .toList()) {
            PermissionSetFile.ObjectAccess access = permissions.objects().get(object);
            assertThat(access).as(object).isNotNull();
            assertThat(access.read() && access.create() && access.edit())
                    .as(object)
                    .isTrue();
            assertThat(access.delete() || access.modifyAll()).as(object).isFalse();
            assertThat(access.viewAll()).as(object).isEqualTo(consumedByChangeEvents.contains(object));
        }
        for (String entity : changeEventEntities()) {
            String object = entity.replace("__ChangeEvent", "__c").replace("ChangeEvent", "");
            assertThat(permissions.objects().get(object).viewAll()).as(entity).isTrue();
        }
        PermissionSetFile.ObjectAccess event = permissions.objects().get(EVENT);
        assertThat(event.read() && event.create()).as("subscribe and publish").isTrue();
        assertThat(permissions.objects()).hasSize(STANDARD_OBJECTS.size() + CUSTOM_OBJECTS.size() + 1);
    }

    @Test
    void integrationUserCanEditEveryOptionalCustomFieldAndNoRequiredOne() {
        PermissionSetFile permissions = integrationPermissions();
        for (ObjectDef object : schema.objects()) {
            if (object.platformEvent()) {
                continue;
            }
            for (FieldDef field : object.fields().values()) {
                String key = object.name() + "." + field.name();
                if (!field.name().endsWith("__c")) {
                    continue;
                }
                if (field.required()) {
                    assertThat(permissions.fields())
                            .as("required fields can't be listed: " + key)
                            .doesNotContainKey(key);
                } else {
                    assertThat(permissions.fields().get(key))
                            .as(key)
                            .isEqualTo(new PermissionSetFile.FieldAccess(true, true));
                }
            }
        }
        permissions.fields().keySet().forEach(this::assertWritableOptionalField);
    }

    @Test
    void humansGetTheAppAndReadOnlyAccess() {
        PermissionSetFile permissions =
                PermissionSetFile.read(METADATA.resolve("permissionsets/MarketSync_User.permissionset-meta.xml"));
        assertThat(permissions.label()).isEqualTo("MarketSync User");
        for (String object : CUSTOM_OBJECTS) {
            PermissionSetFile.ObjectAccess access = permissions.objects().get(object);
            assertThat(access.read()).as(object).isTrue();
            assertThat(access.create() || access.edit() || access.delete())
                    .as(object)
                    .isFalse();
        }
        assertThat(permissions.objects().get(EVENT).create())
                .as("Flows run as the user publish actions")
                .isTrue();
        assertThat(permissions.fields().values()).allMatch(f -> f.readable() && !f.editable());
        assertThat(permissions.tabs()).containsExactlyInAnyOrderElementsOf(CUSTOM_OBJECTS);
    }

    @Test
    void theLightningAppShowsEveryObjectTab() {
        for (String object : CUSTOM_OBJECTS) {
            MetadataElement tab =
                    MetadataXml.read(METADATA.resolve("tabs").resolve(object + ".tab-meta.xml"), "CustomTab");
            assertThat(tab.flag("customObject")).as(object).isTrue();
        }
        MetadataElement app =
                MetadataXml.read(METADATA.resolve("applications/MarketSync.app-meta.xml"), "CustomApplication");
        assertThat(app.text("label")).contains("MarketSync");
        assertThat(app.text("uiType")).contains("Lightning");
        assertThat(app.children("tabs").stream().map(MetadataElement::text))
                .containsAll(CUSTOM_OBJECTS)
                .contains("standard-Account", "standard-Opportunity");
        assertThat(integrationPermissions().tabs()).containsExactlyInAnyOrderElementsOf(CUSTOM_OBJECTS);
    }

    private void assertWritableOptionalField(String key) {
        String[] parts = key.split("\\.");
        FieldDef field = schema.object(parts[0])
                .flatMap(o -> o.field(parts[1]))
                .orElseThrow(() -> new AssertionError("permission for a field the org lacks: " + key));
        assertThat(field.required()).as(key).isFalse();
        assertThat(field.writable()).as(key).isTrue();
    }

    private String parentOf(String object, String relationship) {
        return schema.object(object)
                .orElseThrow()
                .relationship(relationship)
                .orElseThrow()
                .referenceTo();
    }

    private PermissionSetFile integrationPermissions() {
        return PermissionSetFile.read(
                METADATA.resolve("permissionsets/MarketSync_Integration_User.permissionset-meta.xml"));
    }

    private static List<String> changeEventEntities() throws IOException {
        try (Stream<Path> members = Files.list(METADATA.resolve("platformEventChannelMembers"))) {
            return members.sorted()
                    .map(file -> MetadataXml.read(file, "PlatformEventChannelMember"))
                    .filter(member -> member.text("eventChannel").orElse("").equals("ChangeEvents"))
                    .map(member -> member.requiredText("selectedEntity"))
                    .toList();
        }
    }
}
