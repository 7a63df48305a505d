package io.marketsync.salesforce.metadata;

import java.util.Locale;

/**
 * The Salesforce field types MarketSync's objects use, with the names they carry in source-format
 * metadata ({@code <type>}), in the SOAP/describe {@code soapType} and in REST describe {@code type}.
 */
public enum FieldType {
    ID("Id", "tns:ID", "id"),
    TEXT("Text", "xsd:string", "string"),
    TEXTAREA("TextArea", "xsd:string", "textarea"),
    LONG_TEXTAREA("LongTextArea", "xsd:string", "textarea"),
    HTML("Html", "xsd:string", "textarea"),
    EMAIL("Email", "xsd:string", "email"),
    URL("Url", "xsd:string", "url"),
    PHONE("Phone", "xsd:string", "phone"),
    PICKLIST("Picklist", "xsd:string", "picklist"),
    MULTIPICKLIST("MultiselectPicklist", "xsd:string", "multipicklist"),
    CHECKBOX("Checkbox", "xsd:boolean", "boolean"),
    NUMBER("Number", "xsd:double", "double"),
    CURRENCY("Currency", "xsd:double", "currency"),
    PERCENT("Percent", "xsd:double", "percent"),
    DATE("Date", "xsd:date", "date"),
    DATETIME("DateTime", "xsd:dateTime", "datetime"),
    LOOKUP("Lookup", "tns:ID", "reference"),
    MASTER_DETAIL("MasterDetail", "tns:ID", "reference"),
    AUTONUMBER("AutoNumber", "xsd:string", "string"),
    // A formula's own type is its return type; FORMULA stands for one whose return type is text.
    FORMULA("Formula", "xsd:string", "string");

    private final String metadataName;
    private final String soapType;
    private final String describeType;

    FieldType(String metadataName, String soapType, String describeType) {
        this.metadataName = metadataName;
        this.soapType = soapType;
        this.describeType = describeType;
    }

    public String metadataName() {
        return metadataName;
    }

    public String soapType() {
        return soapType;
    }

    public String describeType() {
        return describeType;
    }

    public boolean isReference() {
        return this == LOOKUP || this == MASTER_DETAIL;
    }

    public boolean isText() {
        return soapType.equals("xsd:string");
    }

    public boolean isNumeric() {
        return soapType.equals("xsd:double");
    }

    /**
     * The type for a metadata {@code <type>} value such as {@code Text}, {@code LongTextArea} or
     * {@code MasterDetail} (case-insensitive).
     *
     * @throws IllegalArgumentException for a type MarketSync does not model
     */
    public static FieldType fromMetadata(String type) {
        if (type != null) {
            String wanted = type.trim().toLowerCase(Locale.ROOT);
            for (FieldType candidate : values()) {
                if (candidate.metadataName.toLowerCase(Locale.ROOT).equals(wanted)) {
                    return candidate;
                }
            }
        }
        throw new IllegalArgumentException("unsupported field type '" + type + "'");
    }
}
