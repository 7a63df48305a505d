package io.marketsync.salesforce.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataErrorsTest {

    @TempDir
    Path dir;

    private SfdxFixture project;

    @BeforeEach
    void writeProject() {
        project = new SfdxFixture(dir)
                .object(
                        "Widget__c",
                        """
                <label>Widget</label>
                <nameField><label>Widget Name</label><type>Text</type></nameField>
                <sharingModel>ReadWrite</sharingModel>""");
    }

    @Test
    void malformedXmlNamesFileAndLine() {
        Path file = project.fieldFile("Widget__c", "Broken__c");
        project.write(
                file,
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
                    <fullName>Broken__c</fullName>
                    <label>Broken</label>
                    <type>Text</length>
                </CustomField>
                """);
        MetadataException e = catchThrowableOfType(MetadataException.class, () -> OrgSchema.load(dir));
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).startsWith(file + ":5:");
    }

    @Test
    void unknownTypePointsAtTheTypeElement() {
        project.field(
                "Widget__c",
                "Where__c",
                """
                <label>Where</label>
                <type>Geolocation</type>""");
        MetadataException e = catchThrowableOfType(MetadataException.class, () -> OrgSchema.load(dir));
        assertThat(e.file()).isEqualTo(project.fieldFile("Widget__c", "Where__c"));
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).contains("Geolocation");
    }

    @Test
    void textFieldsNeedALength() {
        project.field(
                "Widget__c", "Code__c", """
                <label>Code</label>
                <type>Text</type>""");
        assertThatThrownBy(() -> OrgSchema.load(dir))
                .isInstanceOf(MetadataException.class)
                .hasMessageContaining("Code__c.field-meta.xml:2:")
                .hasMessageContaining("<length>");
    }

    @Test
    void badNumbersAndFlagsAreNamed() {
        project.field(
                "Widget__c",
                "Code__c",
                """
                <label>Code</label>
                <length>ten</length>
                <type>Text</type>""");
        assertThatThrownBy(() -> OrgSchema.load(dir))
                .hasMessageContaining(":5:")
                .hasMessageContaining("'ten'");
        project.field(
                "Widget__c",
                "Code__c",
                """
                <label>Code</label>
                <length>10</length>
                <required>yes</required>
                <type>Text</type>""");
        assertThatThrownBy(() -> OrgSchema.load(dir))
                .hasMessageContaining(":6:")
                .hasMessageContaining("'yes'");
    }

    @Test
    void fullNameMustMatchTheFileName() {
        Path file = project.fieldFile("Widget__c", "Code__c");
        project.write(
                file,
                SfdxFixture.customField(
                        "Other__c",
                        """
                <label>Code</label>
                <length>10</length>
                <type>Text</type>"""));
        assertThatThrownBy(() -> OrgSchema.load(dir))
                .hasMessageStartingWith(file + ":3:")
                .hasMessageContaining("Other__c");
    }

    @Test
    void referencesMustResolve() {
        project.field(
                "Widget__c",
                "Gadget__c",
                """
                <label>Gadget</label>
                <referenceTo>Gadget__c</referenceTo>
                <type>Lookup</type>""");
        assertThatThrownBy(() -> OrgSchema.load(dir))
                .hasMessageStartingWith(project.fieldFile("Widget__c", "Gadget__c") + ":5:")
                .hasMessageContaining("Gadget__c, which is not in the org");
    }

    @Test
    void doctypesAreRefused() {
        Path file = project.fieldFile("Widget__c", "Sneaky__c");
        project.write(
                file,
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE CustomField [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
                    <fullName>Sneaky__c</fullName>
                    <label>&secret;</label>
                    <length>10</length>
                    <type>Text</type>
                </CustomField>
                """);
        assertThatThrownBy(() -> OrgSchema.load(dir))
                .isInstanceOf(MetadataException.class)
                .hasMessageStartingWith(file + ":2:")
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void elementsOutsideTheMetadataNamespaceAreRefused() {
        Path file = project.fieldFile("Widget__c", "Plain__c");
        project.write(
                file,
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <CustomField>
                    <fullName>Plain__c</fullName>
                </CustomField>
                """);
        assertThatThrownBy(() -> OrgSchema.load(dir))
                .hasMessageStartingWith(file + ":2:")
                .hasMessageContaining("namespace");
    }

    @Test
    void wrongRootElementIsNamed() {
        Path file = project.objects().resolve("Widget__c").resolve("Widget__c.object-meta.xml");
        project.write(
                file,
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <CustomField xmlns="http://soap.sforce.com/2006/04/metadata"/>
                """);
        assertThatThrownBy(() -> OrgSchema.load(dir))
                .hasMessageStartingWith(file + ":2:")
                .hasMessageContaining("<CustomObject>");
    }

    @Test
    void customObjectsNeedADefinitionAndANameField() {
        project.field(
                "Gadget__c",
                "Code__c",
                """
                <label>Code</label>
                <length>10</length>
                <type>Text</type>""");
        assertThatThrownBy(() -> OrgSchema.load(dir)).hasMessageContaining("Gadget__c has no object definition file");
        project.object("Gadget__c", "<label>Gadget</label>");
        assertThatThrownBy(() -> OrgSchema.load(dir)).hasMessageContaining("has no <nameField>");
    }

    @Test
    void unknownStandardObjectsAreRefused() {
        project.field(
                "Campaign",
                "Cloud__c",
                """
                <label>Cloud</label>
                <length>10</length>
                <type>Text</type>""");
        assertThatThrownBy(() -> OrgSchema.load(dir))
                .hasMessageContaining("Campaign is not a standard object MarketSync knows");
    }

    @Test
    void standardFieldsCannotBeRedefined() {
        project.field(
                "Account",
                "Name",
                """
                <label>Name</label>
                <length>10</length>
                <type>Text</type>""");
        assertThatThrownBy(() -> OrgSchema.load(dir)).hasMessageContaining("end in __c");
    }

    @Test
    void aDirectoryWithoutObjectsIsNotAProject() {
        assertThatThrownBy(() -> OrgSchema.load(dir.resolve("elsewhere")))
                .isInstanceOf(MetadataException.class)
                .hasMessageContaining("SFDX project");
    }
}
