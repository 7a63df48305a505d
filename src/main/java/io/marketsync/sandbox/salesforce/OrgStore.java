package io.marketsync.sandbox.salesforce;

import io.marketsync.salesforce.metadata.FieldDef;
import io.marketsync.salesforce.metadata.ObjectDef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The records of every object, in insertion order, with an index over external-id and unique
 * fields so upserts don't scan. Not thread-safe: {@link SimulatedOrg} serialises access.
 */
final class OrgStore {

    private final Map<String, Map<String, Map<String, Object>>> tables = new HashMap<>();
    private final Map<String, Map<String, Set<String>>> indexes = new HashMap<>();

    Optional<Map<String, Object>> get(ObjectDef object, String id) {
        return Optional.ofNullable(table(object).get(id));
    }

    /** Live (not deleted) and, when asked, deleted records of an object. */
    List<Map<String, Object>> rows(ObjectDef object, boolean includeDeleted) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : table(object).values()) {
            if (includeDeleted || !Boolean.TRUE.equals(row.get("IsDeleted"))) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** Ids of live records whose indexed {@code field} equals {@code value}. */
    List<String> idsWhere(ObjectDef object, FieldDef field, Object value) {
        Set<String> ids =
                indexes.getOrDefault(indexKey(object, field), Map.of()).get(indexValue(value));
        if (ids != null) {
            return ids.stream().filter(id -> !isDeleted(object, id)).toList();
        }
        if (indexed(field)) {
            return List.of();
        }
        return rows(object, false).stream()
                .filter(r -> value.equals(r.get(field.name())))
                .map(r -> (String) r.get("Id"))
                .toList();
    }

    void put(ObjectDef object, Map<String, Object> record) {
        Map<String, Object> previous = table(object).put((String) record.get("Id"), record);
        if (previous != null) {
            unindex(object, previous);
        }
        forEachIndexed(object, record, (index, value) -> index.computeIfAbsent(value, k -> new LinkedHashSet<>())
                .add((String) record.get("Id")));
    }

    void remove(ObjectDef object, String id) {
        Map<String, Object> previous = table(object).remove(id);
        if (previous != null) {
            unindex(object, previous);
        }
    }

    void clear() {
        tables.clear();
        indexes.clear();
    }

    private boolean isDeleted(ObjectDef object, String id) {
        Map<String, Object> row = table(object).get(id);
        return row == null || Boolean.TRUE.equals(row.get("IsDeleted"));
    }

    private void unindex(ObjectDef object, Map<String, Object> record) {
        forEachIndexed(object, record, (index, value) -> {
            Set<String> ids = index.get(value);
            if (ids != null) {
                ids.remove((String) record.get("Id"));
            }
        });
    }

    private void forEachIndexed(
            ObjectDef object, Map<String, Object> record, BiConsumer<Map<String, Set<String>>, String> action) {
        for (FieldDef field : object.fields().values()) {
            Object value = record.get(field.name());
            if (indexed(field) && value != null) {
                action.accept(
                        indexes.computeIfAbsent(indexKey(object, field), k -> new HashMap<>()), indexValue(value));
            }
        }
    }

    private Map<String, Map<String, Object>> table(ObjectDef object) {
        return tables.computeIfAbsent(key(object), k -> new LinkedHashMap<>());
    }

    private static boolean indexed(FieldDef field) {
        return field.externalId() || field.unique();
    }

    private static String indexKey(ObjectDef object, FieldDef field) {
        return key(object) + "." + field.name().toLowerCase(Locale.ROOT);
    }

    /** External ids match as text: "42" finds the record whose number field holds 42. */
    private static String indexValue(Object value) {
        return value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
    }

    private static String key(ObjectDef object) {
        return object.name().toLowerCase(Locale.ROOT);
    }
}
