package io.marketsync.mapping;

/**
 * What a mapping declares about one target field, for checks against Salesforce metadata.
 *
 * @param name the Salesforce field (or relationship name when {@code lookup} is set)
 * @param type the declared type name: string, date, datetime, number, integer or boolean
 * @param lookup the parent object and its external id, or null for a plain field
 * @param maxLength the declared truncation length, or null
 * @param createOnly set when Salesforce creates the record, never sent for a record that already exists
 * @param position where the field's key is in the file
 */
public record MappingField(
        String name,
        String type,
        MappingLookup lookup,
        Integer maxLength,
        boolean required,
        boolean createOnly,
        SourcePosition position) {}
