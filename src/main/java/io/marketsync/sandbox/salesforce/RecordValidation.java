package io.marketsync.sandbox.salesforce;

import io.marketsync.salesforce.metadata.FieldDef;
import io.marketsync.salesforce.metadata.FieldType;
import io.marketsync.salesforce.metadata.ObjectDef;
import io.marketsync.salesforce.metadata.OrgSchema;
import io.marketsync.sandbox.salesforce.SimulatedOrgApi.ApiError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one record write against the org's schema and data and turns it into the field values to
 * store: types, relationships by external id, text lengths, restricted picklists, required fields
 * and unique values, with Salesforce's error for the first problem found.
 */
final class RecordValidation {

    private final OrgSchema schema;
    private final OrgStore store;
    private final KeyPrefixes prefixes;

    RecordValidation(OrgSchema schema, OrgStore store, KeyPrefixes prefixes) {
        this.schema = schema;
        this.store = store;
        this.prefixes = prefixes;
    }

    /**
     * The values to set on the record, under their API names.
     *
     * @param existing the stored record for an update, null for a create
     * @throws RecordError for the first problem
     */
    Map<String, Object> validate(ObjectDef object, Map<String, Object> incoming, Map<String, Object> existing) {
        Map<String, Object> values = new LinkedHashMap<>();
        incoming.forEach((name, raw) -> {
            if (!name.equals("attributes") && !name.equalsIgnoreCase("Id")) {
                convert(object, name, raw, values);
            }
        });
        for (var entry : values.entrySet()) {
            FieldDef field = object.field(entry.getKey()).orElseThrow();
            checkValue(field, entry.getValue());
        }
        checkRequired(object, values, existing);
        checkUnique(object, values, existing == null ? null : (String) existing.get("Id"));
        return values;
    }

    /**
     * What makes Salesforce refuse a whole JSON request before writing anything: a field the object
     * doesn't have ({@code INVALID_FIELD}) or a value its JSON reader can't convert
     * ({@code JSON_PARSER_ERROR}).
     */
    Optional<ApiError> requestProblem(ObjectDef object, Map<String, Object> incoming) {
        for (var entry : incoming.entrySet()) {
            String name = entry.getKey();
            Object raw = entry.getValue();
            Optional<FieldDef> field = object.field(name);
            if (name.equals("attributes")) {
                continue;
            }
            if (field.isEmpty()) {
                if (!(raw instanceof Map<?, ?> || raw == null)
                        || object.relationship(name).isEmpty()) {
                    return Optional.of(
                            RecordError.noSuchColumn(name, object.name()).error());
                }
                continue;
            }
            if (!(raw instanceof Map<?, ?> || raw instanceof List<?>) && converts(field.get(), raw)) {
                continue;
            }
            String kind =
                    raw instanceof Map<?, ?> ? "START_OBJECT" : raw instanceof List<?> ? "START_ARRAY" : "VALUE_STRING";
            return Optional.of(new ApiError(
                    "JSON_PARSER_ERROR",
                    "Cannot deserialize instance of " + field.get().type().describeType() + " from " + kind + " value "
                            + raw + " or request may be missing a required field",
                    List.of()));
        }
        return Optional.empty();
    }

    private static boolean converts(FieldDef field, Object raw) {
        try {
            FieldValues.coerce(field, raw);
            return true;
        } catch (FieldValues.TypeMismatch e) {
            return false;
        }
    }

    private void convert(ObjectDef object, String name, Object raw, Map<String, Object> values) {
        Optional<FieldDef> field = object.field(name);
        if (field.isPresent()) {
            FieldDef def = field.get();
            if (!def.writable()) {
                throw RecordError.notWritable(def);
            }
            if (raw instanceof Map<?, ?> || raw instanceof List<?>) {
                throw RecordError.wrongType(def, String.valueOf(raw));
            }
            try {
                values.put(def.name(), FieldValues.coerce(def, raw));
            } catch (FieldValues.TypeMismatch e) {
                throw RecordError.wrongType(def, e.value());
            }
            return;
        }
        Optional<FieldDef> reference =
                raw instanceof Map<?, ?> || raw == null ? object.relationship(name) : Optional.empty();
        if (reference.isEmpty()) {
            throw RecordError.noSuchColumn(name, object.name());
        }
        values.put(reference.get().name(), raw == null ? null : parentId(reference.get(), (Map<?, ?>) raw));
    }

    /** Resolves {@code Account__r: {"AWS_Account_Id__c": "..."}} to the parent's record id. */
    private String parentId(FieldDef reference, Map<?, ?> lookup) {
        ObjectDef parent = schema.object(reference.referenceTo()).orElseThrow();
        var keys = lookup.entrySet().stream()
                .filter(e -> !"attributes".equals(e.getKey()))
                .toList();
        if (keys.size() != 1) {
            throw RecordError.notAnExternalId(String.valueOf(keys), parent.name());
        }
        String fieldName = String.valueOf(keys.get(0).getKey());
        FieldDef key = parent.field(fieldName)
                .filter(f -> f.externalId() || f.unique())
                .orElseThrow(() -> RecordError.notAnExternalId(fieldName, parent.name()));
        Object value;
        try {
            value = FieldValues.coerce(key, keys.get(0).getValue());
        } catch (FieldValues.TypeMismatch e) {
            throw RecordError.wrongType(key, e.value());
        }
        List<String> ids = value == null ? List.of() : store.idsWhere(parent, key, value);
        if (ids.isEmpty()) {
            throw RecordError.foreignKeyNotFound(String.valueOf(keys.get(0).getValue()), key.name(), parent.name());
        }
        if (ids.size() > 1) {
            throw RecordError.foreignKeyNotUnique(String.valueOf(value), key.name(), parent.name());
        }
        return ids.get(0);
    }

    private void checkValue(FieldDef field, Object value) {
        if (!(value instanceof String text)) {
            return;
        }
        if (field.type().isReference()) {
            checkReference(field, text);
            return;
        }
        if (field.length() != null && field.type().isText() && text.length() > field.length()) {
            throw RecordError.tooLong(field, text);
        }
        if (field.restrictedPicklist() && !field.picklistValues().isEmpty()) {
            List<String> chosen = field.type() == FieldType.MULTIPICKLIST ? List.of(text.split(";")) : List.of(text);
            for (String one : chosen) {
                if (!field.picklistValues().contains(one)) {
                    throw RecordError.badPicklistValue(field, one);
                }
            }
        }
    }

    private void checkReference(FieldDef field, String id) {
        String full = id.length() == 15 ? SalesforceIds.withSuffix(id) : id;
        if (!SalesforceIds.isValid(full)) {
            throw RecordError.malformedReference(field, id);
        }
        Optional<ObjectDef> parent = prefixes.objectOf(full).flatMap(schema::object);
        if (parent.isEmpty()
                || !parent.get().name().equalsIgnoreCase(field.referenceTo())
                || store.get(parent.get(), full).isEmpty()) {
            throw RecordError.missingReference(field);
        }
    }

    private static void checkRequired(ObjectDef object, Map<String, Object> values, Map<String, Object> existing) {
        List<String> missing = new ArrayList<>();
        for (FieldDef field : object.fields().values()) {
            if (!field.required() || !field.writable()) {
                continue;
            }
            Object value = values.containsKey(field.name())
                    ? values.get(field.name())
                    : existing == null ? null : existing.get(field.name());
            if (value == null || "".equals(value)) {
                missing.add(field.name());
            }
        }
        if (!missing.isEmpty()) {
            throw RecordError.requiredMissing(missing);
        }
    }

    private void checkUnique(ObjectDef object, Map<String, Object> values, String selfId) {
        for (var entry : values.entrySet()) {
            FieldDef field = object.field(entry.getKey()).orElseThrow();
            if (field.unique() && entry.getValue() != null) {
                store.idsWhere(object, field, entry.getValue()).stream()
                        .filter(id -> !id.equals(selfId))
                        .findFirst()
                        .ifPresent(id -> {
                            throw RecordError.duplicateValue(field, id);
                        });
            }
        }
    }
}
