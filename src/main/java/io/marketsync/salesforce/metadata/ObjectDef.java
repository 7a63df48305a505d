package io.marketsync.salesforce.metadata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One sObject: a standard object, a custom object ({@code __c}) or a platform event ({@code __e}),
 * with its fields in describe order.
 */
public record ObjectDef(
        String name, String label, boolean custom, boolean platformEvent, Map<String, FieldDef> fields) {

    public ObjectDef {
        Objects.requireNonNull(name, "name");
        label = label == null ? name : label;
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The field with this API name, ignoring case as Salesforce does. */
    public Optional<FieldDef> field(String fieldName) {
        FieldDef exact = fields.get(fieldName);
        if (exact != null) {
            return Optional.of(exact);
        }
        return fields.values().stream()
                .filter(f -> f.name().equalsIgnoreCase(fieldName))
                .findFirst();
    }

    /**
     * The reference field behind a relationship name, ignoring case: {@code Listing__r} gives
     * {@code Listing__c}, {@code Account} gives {@code AccountId}.
     */
    public Optional<FieldDef> relationship(String relationshipName) {
        return fields.values().stream()
                .filter(f ->
                        f.relationshipName() != null && f.relationshipName().equalsIgnoreCase(relationshipName))
                .findFirst();
    }

    /** The fields a record can be upserted by: external ids, in describe order. */
    public List<FieldDef> externalIdFields() {
        return fields.values().stream().filter(FieldDef::externalId).toList();
    }
}
