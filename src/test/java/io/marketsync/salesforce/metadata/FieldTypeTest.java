package io.marketsync.salesforce.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FieldTypeTest {

    @Test
    void readsMetadataTypeNamesIgnoringCase() {
        assertThat(FieldType.fromMetadata("Text")).isEqualTo(FieldType.TEXT);
        assertThat(FieldType.fromMetadata("LongTextArea")).isEqualTo(FieldType.LONG_TEXTAREA);
        assertThat(FieldType.fromMetadata("MultiselectPicklist")).isEqualTo(FieldType.MULTIPICKLIST);
        assertThat(FieldType.fromMetadata("MasterDetail")).isEqualTo(FieldType.MASTER_DETAIL);
        assertThat(FieldType.fromMetadata("datetime")).isEqualTo(FieldType.DATETIME);
        assertThat(FieldType.fromMetadata("Checkbox")).isEqualTo(FieldType.CHECKBOX);
    }

    @Test
    void refusesTypesItDoesNotModel() {
        assertThatThrownBy(() -> FieldType.fromMetadata("Geolocation"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Geolocation");
        assertThatThrownBy(() -> FieldType.fromMetadata(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void speaksSoapAndDescribeTypes() {
        assertThat(FieldType.ID.soapType()).isEqualTo("tns:ID");
        assertThat(FieldType.LOOKUP.soapType()).isEqualTo("tns:ID");
        assertThat(FieldType.LOOKUP.describeType()).isEqualTo("reference");
        assertThat(FieldType.CURRENCY.soapType()).isEqualTo("xsd:double");
        assertThat(FieldType.CURRENCY.describeType()).isEqualTo("currency");
        assertThat(FieldType.CHECKBOX.soapType()).isEqualTo("xsd:boolean");
        assertThat(FieldType.CHECKBOX.describeType()).isEqualTo("boolean");
        assertThat(FieldType.DATE.soapType()).isEqualTo("xsd:date");
        assertThat(FieldType.DATETIME.soapType()).isEqualTo("xsd:dateTime");
        assertThat(FieldType.LONG_TEXTAREA.describeType()).isEqualTo("textarea");
        assertThat(FieldType.MULTIPICKLIST.describeType()).isEqualTo("multipicklist");
        assertThat(FieldType.AUTONUMBER.describeType()).isEqualTo("string");
    }
}
