package io.marketsync.mapping;

import java.util.Map;

/**
 * One Salesforce record produced by a mapping, with what the sink needs to write it and to report on it.
 *
 * @param object Salesforce object (same as {@code record.attributes.type})
 * @param externalIdField the field it is upserted by
 * @param externalId the value of that field
 * @param mapping the mapping file (relative to the mappings directory) that produced it
 * @param sourceKey the source record's key, for failed records
 * @param record the Salesforce record: {@code attributes.type} plus fields, lookups as nested maps
 * @param parents objects this record refers to through lookups (written first)
 * @param createOnly fields sent only when the record doesn't exist in Salesforce yet
 */
public record MappedRecord(
        String object,
        String externalIdField,
        String externalId,
        String mapping,
        String sourceKey,
        Map<String, Object> record,
        java.util.Set<String> parents,
        java.util.Set<String> createOnly) {

    /** The same record with other field values (e.g. without its create-only fields). */
    public MappedRecord withRecord(Map<String, Object> newRecord) {
        return new MappedRecord(
                object, externalIdField, externalId, mapping, sourceKey, newRecord, parents, createOnly);
    }
}
