package io.marketsync.sandbox.salesforce;

import io.marketsync.salesforce.metadata.FieldDef;
import io.marketsync.sandbox.salesforce.SimulatedOrgApi.ApiError;
import java.util.List;

/** Why one record can't be written, worded as Salesforce words it. */
final class RecordError extends RuntimeException {

    private final transient ApiError error;

    RecordError(String statusCode, String message, List<String> fields) {
        super(statusCode + ": " + message);
        this.error = new ApiError(statusCode, message, List.copyOf(fields));
    }

    ApiError error() {
        return error;
    }

    static RecordError noSuchColumn(String field, String sobject) {
        return new RecordError(
                "INVALID_FIELD", "No such column '" + field + "' on sobject of type " + sobject, List.of());
    }

    static RecordError notWritable(FieldDef field) {
        return new RecordError(
                "INVALID_FIELD_FOR_INSERT_UPDATE",
                "Unable to create/update fields: " + field.name()
                        + ". Please check the security settings of this field and verify that it is read/write for"
                        + " your profile or permission set.",
                List.of(field.name()));
    }

    static RecordError wrongType(FieldDef field, String value) {
        return new RecordError(
                "INVALID_TYPE_ON_FIELD_IN_RECORD",
                field.label() + ": value not of required type: " + value,
                List.of(field.name()));
    }

    static RecordError tooLong(FieldDef field, String value) {
        return new RecordError(
                "STRING_TOO_LONG",
                field.label() + ": data value too large: " + value + " (max length=" + field.length() + ")",
                List.of(field.name()));
    }

    static RecordError badPicklistValue(FieldDef field, String value) {
        return new RecordError(
                "INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                field.label() + ": bad value for restricted picklist field: " + value,
                List.of(field.name()));
    }

    static RecordError requiredMissing(List<String> fields) {
        return new RecordError(
                "REQUIRED_FIELD_MISSING", "Required fields are missing: [" + String.join(", ", fields) + "]", fields);
    }

    static RecordError duplicateValue(FieldDef field, String existingId) {
        return new RecordError(
                "DUPLICATE_VALUE",
                "duplicate value found: " + field.name() + " duplicates value on record with id: " + existingId,
                List.of());
    }

    static RecordError foreignKeyNotFound(String value, String field, String parent) {
        return new RecordError(
                "INVALID_FIELD",
                "Foreign key external ID: " + value + " not found for field " + field + " in entity " + parent,
                List.of());
    }

    static RecordError foreignKeyNotUnique(String value, String field, String parent) {
        return new RecordError(
                "INVALID_FIELD",
                "Foreign key external ID: " + value + " found on multiple records for field " + field + " in entity "
                        + parent,
                List.of());
    }

    static RecordError notAnExternalId(String field, String parent) {
        return new RecordError(
                "INVALID_FIELD",
                "Field name provided, " + field + " is not an External ID or indexed field for " + parent,
                List.of());
    }

    static RecordError malformedReference(FieldDef field, String value) {
        return new RecordError(
                "MALFORMED_ID", field.label() + ": id value of incorrect type: " + value, List.of(field.name()));
    }

    static RecordError missingReference(FieldDef field) {
        return new RecordError("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id", List.of(field.name()));
    }

    static RecordError locked(String id) {
        return new RecordError(
                "UNABLE_TO_LOCK_ROW",
                id == null
                        ? "unable to obtain exclusive access to this record"
                        : "unable to obtain exclusive access to this record or 1 records: " + id,
                List.of());
    }

    static RecordError notFound() {
        return new RecordError("NOT_FOUND", "The requested resource does not exist", List.of());
    }

    static RecordError deleted() {
        return new RecordError("ENTITY_IS_DELETED", "entity is deleted", List.of());
    }

    static RecordError duplicateExternalId(String field, String value, List<String> ids) {
        return new RecordError(
                "DUPLICATE_EXTERNAL_ID",
                field + ": more than one record found for external id field: " + ids,
                List.of(field));
    }

    static RecordError rolledBack() {
        return new RecordError(
                "ALL_OR_NONE_OPERATION_ROLLED_BACK",
                "Record rolled back because not all records were valid and the request was using AllOrNone header",
                List.of());
    }
}
