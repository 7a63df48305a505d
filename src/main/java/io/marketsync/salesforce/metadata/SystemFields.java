package io.marketsync.salesforce.metadata;

import java.util.List;

/** The fields Salesforce adds to every object: record id, owner, name, deletion flag and audit stamps. */
final class SystemFields {

    private SystemFields() {}

    static FieldDef id(String objectLabel) {
        return field("Id", objectLabel + " ID", FieldType.ID, 18);
    }

    static FieldDef owner() {
        return reference("OwnerId", "Owner ID", "User", "Owner");
    }

    static FieldDef isDeleted() {
        return field("IsDeleted", "Deleted", FieldType.CHECKBOX, null);
    }

    /** CreatedDate, CreatedById, LastModifiedDate, LastModifiedById, SystemModstamp, in describe order. */
    static List<FieldDef> audit() {
        return List.of(
                field("CreatedDate", "Created Date", FieldType.DATETIME, null),
                reference("CreatedById", "Created By ID", "User", "CreatedBy"),
                field("LastModifiedDate", "Last Modified Date", FieldType.DATETIME, null),
                reference("LastModifiedById", "Last Modified By ID", "User", "LastModifiedBy"),
                field("SystemModstamp", "System Modstamp", FieldType.DATETIME, null));
    }

    /** What a platform event message carries besides its custom fields. */
    static List<FieldDef> platformEvent() {
        return List.of(
                field("ReplayId", "Replay ID", FieldType.TEXT, 255),
                field("CreatedDate", "Created Date", FieldType.DATETIME, null),
                reference("CreatedById", "Created By ID", "User", "CreatedBy"),
                field("EventUuid", "Event UUID", FieldType.TEXT, 36));
    }

    /** A custom object's Name: required free text, or a number Salesforce assigns. */
    static FieldDef name(String label, boolean autoNumber) {
        return autoNumber
                ? field("Name", label, FieldType.AUTONUMBER, 30, false)
                : field("Name", label, FieldType.TEXT, 80, true);
    }

    private static FieldDef field(String name, String label, FieldType type, Integer length) {
        return field(name, label, type, length, false);
    }

    private static FieldDef field(String name, String label, FieldType type, Integer length, boolean required) {
        return new FieldDef(
                name, label, type, length, null, null, required, false, false, List.of(), false, null, null, false);
    }

    private static FieldDef reference(String name, String label, String referenceTo, String relationshipName) {
        return new FieldDef(
                name,
                label,
                FieldType.LOOKUP,
                18,
                null,
                null,
                false,
                false,
                false,
                List.of(),
                false,
                referenceTo,
                relationshipName,
                false);
    }
}
