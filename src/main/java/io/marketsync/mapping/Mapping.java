package io.marketsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compiled mapping file: turns source records (one, a list, or a page holding them under {@code records})
 * into Salesforce records. Immutable and thread-safe; compile it through {@link MappingLoader}.
 */
public final class Mapping {

    private final String name;
    private final Path file;
    private final String source;
    private final MappingTarget target;
    private final List<MappingField> fieldInfo;
    private final MappingPath records;
    private final MappingPath each;
    private final RecordFilter[] filters;
    private final ValueSource sourceKey;
    private final CompiledField[] fields;
    private final Map<String, Object> attributes;
    private final Set<String> parents;
    private final Set<String> createOnly;

    Mapping(
            String name,
            Path file,
            String source,
            MappingTarget target,
            List<MappingField> fieldInfo,
            MappingPath records,
            MappingPath each,
            RecordFilter[] filters,
            ValueSource sourceKey,
            CompiledField[] fields) {
        this.name = name;
        this.file = file;
        this.source = source;
        this.target = target;
        this.fieldInfo = List.copyOf(fieldInfo);
        this.records = records;
        this.each = each;
        this.filters = filters;
        this.sourceKey = sourceKey;
        this.fields = fields;
        this.attributes = Map.of("type", target.object());
        Set<String> lookups = new LinkedHashSet<>();
        for (MappingField f : fieldInfo) {
            if (f.lookup() != null) {
                lookups.add(f.lookup().object());
            }
        }
        this.parents = Set.copyOf(lookups);
        Set<String> createOnlyFields = new LinkedHashSet<>();
        for (MappingField f : fieldInfo) {
            if (f.createOnly()) {
                createOnlyFields.add(f.name());
            }
        }
        this.createOnly = Set.copyOf(createOnlyFields);
    }

    /** The mapping's name: its path relative to the mappings directory, e.g. {@code aws/agreement.yaml}. */
    public String name() {
        return name;
    }

    public Path file() {
        return file;
    }

    /** The source label, e.g. {@code aws.agreement}. */
    public String source() {
        return source;
    }

    public MappingTarget target() {
        return target;
    }

    /** The target fields in file order. */
    public List<MappingField> fields() {
        return fieldInfo;
    }

    /** Maps every record of {@code input}; records that cannot be mapped become failures, never exceptions. */
    public MappingResult apply(JsonNode input) {
        List<JsonNode> sources = sourceRecords(input);
        List<MappedRecord> out = new ArrayList<>(sources.size());
        List<MappingFailure> failures = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            JsonNode record = sources.get(i);
            if (each == null) {
                mapOne(record, record, i, out, failures);
                continue;
            }
            JsonNode items = each.get(record, record);
            if (items == null || items.isNull()) {
                continue;
            }
            if (items.isArray()) {
                for (JsonNode item : items) {
                    mapOne(item, record, i, out, failures);
                }
            } else {
                mapOne(items, record, i, out, failures);
            }
        }
        return new MappingResult(out, failures, sources.size());
    }

    private void mapOne(
            JsonNode current, JsonNode record, int index, List<MappedRecord> out, List<MappingFailure> failures) {
        for (RecordFilter filter : filters) {
            if (!filter.accepts(current, record)) {
                return;
            }
        }
        Map<String, Object> sf = new LinkedHashMap<>(fields.length * 2);
        sf.put("attributes", attributes);
        String key = sourceKey(current, record, index);
        try {
            for (CompiledField field : fields) {
                field.writeTo(sf, current, record);
            }
        } catch (UnmappableValueException e) {
            failures.add(new MappingFailure(name, key, e.getMessage(), record.toString()));
            return;
        }
        Object externalId = sf.get(target.externalId());
        if (externalId == null) {
            failures.add(new MappingFailure(
                    name, key, target.externalId() + ": the external id has no value", record.toString()));
            return;
        }
        out.add(new MappedRecord(
                target.object(), target.externalId(), externalId.toString(), name, key, sf, parents, createOnly));
    }

    private String sourceKey(JsonNode current, JsonNode record, int index) {
        JsonNode key = sourceKey == null ? null : sourceKey.get(current, record);
        return FieldValues.absent(key) ? "#" + index : key.isValueNode() ? key.asText() : key.toString();
    }

    private List<JsonNode> sourceRecords(JsonNode input) {
        JsonNode list = input;
        if (input != null && input.isObject() && records != null) {
            JsonNode page = records.get(input, input);
            list = page != null ? page : input; // an object without the records path is one record
        }
        if (list == null || list.isNull() || list.isMissingNode()) {
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>(list.isArray() ? list.size() : 1);
        if (list.isArray()) {
            list.forEach(out::add);
        } else {
            out.add(list);
        }
        return out;
    }

    @Override
    public String toString() {
        return name + " (" + source + " -> " + target.object() + ")";
    }
}
