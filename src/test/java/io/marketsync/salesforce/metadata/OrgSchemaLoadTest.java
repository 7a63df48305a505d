package io.marketsync.salesforce.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrgSchemaLoadTest {

    @TempDir
    Path dir;

    private SfdxFixture project;

    @BeforeEach
    void writeProject() {
        project = new SfdxFixture(dir)
                .object(
                        "Widget__c",
                        """
                        <deploymentStatus>Deployed</deploymentStatus>
                        <label>Widget</label>
                        <pluralLabel>Widgets</pluralLabel>
                        <nameField><label>Widget Name</label><type>Text</type></nameField>
                        <sharingModel>ReadWrite</sharingModel>""")
                .field(
                        "Widget__c",
                        "Widget_Id__c",
                        """
                        <externalId>true</externalId>
                        <label>Widget Id</label>
                        <length>100</length>
                        <required>true</required>
                        <type>Text</type>
                        <unique>true</unique>""")
                .field(
                        "Widget__c",
                        "Notes__c",
                        """
                        <label>Notes</label>
                        <length>32768</length>
                        <type>LongTextArea</type>
                        <visibleLines>5</visibleLines>""")
                .field(
                        "Widget__c",
                        "Color__c",
                        """
                        <label>Color</label>
                        <type>Picklist</type>
                        <valueSet>
                            <restricted>true</restricted>
                            <valueSetDefinition>
                                <sorted>false</sorted>
                                <value><fullName>Red</fullName><default>false</default><label>Red</label></value>
                                <value><fullName>Blue</fullName><default>false</default><label>Blue</label></value>
                                <value>
                                    <fullName>Grey</fullName><default>false</default><isActive>false</isActive>
                                    <label>Grey</label>
                                </value>
                            </valueSetDefinition>
                        </valueSet>""")
                .field(
                        "Widget__c",
                        "Price__c",
                        """
                        <label>Price</label>
                        <precision>16</precision>
                        <scale>2</scale>
                        <type>Currency</type>""")
                .field(
                        "Widget__c",
                        "Active__c",
                        """
                        <defaultValue>false</defaultValue>
                        <label>Active</label>
                        <type>Checkbox</type>""")
                .field(
                        "Widget__c",
                        "Buyer__c",
                        """
                        <deleteConstraint>SetNull</deleteConstraint>
                        <label>Buyer</label>
                        <referenceTo>Account</referenceTo>
                        <relationshipLabel>Widgets</relationshipLabel>
                        <relationshipName>Buyer</relationshipName>
                        <type>Lookup</type>""")
                .field(
                        "Widget__c",
                        "Price_Label__c",
                        """
                        <formula>TEXT(Price__c)</formula>
                        <label>Price Label</label>
                        <type>Text</type>""")
                .object(
                        "Part__c",
                        """
                        <label>Part</label>
                        <nameField>
                            <displayFormat>P-{0000}</displayFormat><label>Part Number</label><type>AutoNumber</type>
                        </nameField>
                        <sharingModel>ControlledByParent</sharingModel>""")
                .field(
                        "Part__c",
                        "Widget__c",
                        """
                        <label>Widget</label>
                        <referenceTo>Widget__c</referenceTo>
                        <relationshipName>Parts</relationshipName>
                        <type>MasterDetail</type>""")
                .object(
                        "Widget_Event__e",
                        """
                        <deploymentStatus>Deployed</deploymentStatus>
                        <eventType>HighVolume</eventType>
                        <label>Widget Event</label>
                        <pluralLabel>Widget Events</pluralLabel>
                        <publishBehavior>PublishAfterCommit</publishBehavior>""")
                .field(
                        "Widget_Event__e",
                        "Action__c",
                        """
                        <label>Action</label>
                        <length>40</length>
                        <required>true</required>
                        <type>Text</type>""")
                .field(
                        "Account",
                        "Widget_Customer_Id__c",
                        """
                        <externalId>true</externalId>
                        <label>Widget Customer Id</label>
                        <length>12</length>
                        <type>Text</type>
                        <unique>true</unique>""");
    }

    @Test
    void readsCustomObjectsWithSystemFields() {
        ObjectDef widget = OrgSchema.load(dir).object("widget__C").orElseThrow();
        assertThat(widget.name()).isEqualTo("Widget__c");
        assertThat(widget.label()).isEqualTo("Widget");
        assertThat(widget.custom()).isTrue();
        assertThat(widget.platformEvent()).isFalse();
        assertThat(widget.fields().keySet())
                .startsWith("Id", "OwnerId", "IsDeleted", "Name", "CreatedDate")
                .contains("SystemModstamp", "Widget_Id__c");
        FieldDef name = widget.field("Name").orElseThrow();
        assertThat(name.label()).isEqualTo("Widget Name");
        assertThat(name.length()).isEqualTo(80);
        assertThat(name.required()).isTrue();
    }

    @Test
    void readsTypesLengthsAndFlags() {
        ObjectDef widget = OrgSchema.load(dir).object("Widget__c").orElseThrow();
        FieldDef id = widget.field("widget_id__c").orElseThrow();
        assertThat(id.type()).isEqualTo(FieldType.TEXT);
        assertThat(id.length()).isEqualTo(100);
        assertThat(id.externalId()).isTrue();
        assertThat(id.unique()).isTrue();
        assertThat(id.required()).isTrue();
        assertThat(widget.externalIdFields()).containsExactly(id);

        assertThat(widget.field("Notes__c").orElseThrow().length()).isEqualTo(32768);
        FieldDef price = widget.field("Price__c").orElseThrow();
        assertThat(price.type()).isEqualTo(FieldType.CURRENCY);
        assertThat(price.precision()).isEqualTo(16);
        assertThat(price.scale()).isEqualTo(2);
        assertThat(price.length()).isNull();
        FieldDef active = widget.field("Active__c").orElseThrow();
        assertThat(active.type()).isEqualTo(FieldType.CHECKBOX);
        assertThat(active.required()).isFalse();
        FieldDef formula = widget.field("Price_Label__c").orElseThrow();
        assertThat(formula.calculated()).isTrue();
        assertThat(formula.writable()).isFalse();
    }

    @Test
    void readsActivePicklistValuesAndRestriction() {
        FieldDef color = OrgSchema.load(dir)
                .object("Widget__c")
                .orElseThrow()
                .field("Color__c")
                .orElseThrow();
        assertThat(color.type()).isEqualTo(FieldType.PICKLIST);
        assertThat(color.restrictedPicklist()).isTrue();
        assertThat(color.picklistValues()).containsExactly("Red", "Blue");
        assertThat(color.length()).isEqualTo(255);
    }

    @Test
    void customRelationshipsEndInR() {
        OrgSchema schema = OrgSchema.load(dir);
        ObjectDef widget = schema.object("Widget__c").orElseThrow();
        FieldDef buyer = widget.relationship("buyer__R").orElseThrow();
        assertThat(buyer.name()).isEqualTo("Buyer__c");
        assertThat(buyer.referenceTo()).isEqualTo("Account");
        assertThat(buyer.relationshipName()).isEqualTo("Buyer__r");
        assertThat(buyer.required()).isFalse();

        ObjectDef part = schema.object("Part__c").orElseThrow();
        FieldDef master = part.relationship("Parts__r").orElseThrow();
        assertThat(master.type()).isEqualTo(FieldType.MASTER_DETAIL);
        assertThat(master.required()).isTrue();
        assertThat(part.field("OwnerId")).as("detail records have no owner").isEmpty();
        assertThat(part.field("Name").orElseThrow().type()).isEqualTo(FieldType.AUTONUMBER);
        assertThat(part.field("Name").orElseThrow().required()).isFalse();
    }

    @Test
    void relationshipNameDefaultsToTheFieldName() {
        project.field(
                "Widget__c",
                "Reseller__c",
                """
                <label>Reseller</label>
                <referenceTo>Account</referenceTo>
                <type>Lookup</type>""");
        ObjectDef widget = OrgSchema.load(dir).object("Widget__c").orElseThrow();
        assertThat(widget.relationship("Reseller__r")).map(FieldDef::name).contains("Reseller__c");
    }

    @Test
    void readsPlatformEvents() {
        ObjectDef event = OrgSchema.load(dir).object("Widget_Event__e").orElseThrow();
        assertThat(event.platformEvent()).isTrue();
        assertThat(event.custom()).isTrue();
        assertThat(event.fields().keySet())
                .containsExactly("ReplayId", "CreatedDate", "CreatedById", "EventUuid", "Action__c");
    }

    @Test
    void mergesCustomFieldsIntoStandardObjects() {
        OrgSchema schema = OrgSchema.load(dir);
        ObjectDef account = schema.object("Account").orElseThrow();
        assertThat(account.custom()).isFalse();
        assertThat(account.field("Name").orElseThrow().required()).isTrue();
        FieldDef widgetCustomer = account.field("Widget_Customer_Id__c").orElseThrow();
        assertThat(widgetCustomer.externalId()).isTrue();
        assertThat(widgetCustomer.length()).isEqualTo(12);
        assertThat(OrgSchema.standardOnly().object("Account").orElseThrow().field("Widget_Customer_Id__c"))
                .as("the shared standard schema is left untouched")
                .isEmpty();
        assertThat(schema.objects())
                .extracting(ObjectDef::name)
                .startsWith("Account", "Contact")
                .contains("Widget__c");
    }
}
