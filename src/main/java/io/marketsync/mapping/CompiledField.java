package io.marketsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One target field, ready to evaluate: its value sources (the primary one, then the fallback chain), text
 * transforms, join, value map, default, type conversion, truncation and lookup, all resolved at load time.
 *
 * <p>Each candidate source is tried in order; a candidate that has no value, or whose value does not convert
 * (an unparsable date), hands over to the next. Then the default. Only when all of them fail is the record
 * refused: with the first conversion error, or as "required" when no candidate had a value at all.
 */
final class CompiledField {

    private final String name;
    private final ValueSource[] candidates;
    private final Transform[] transforms;
    private final String join;
    private final Map<String, JsonNode> valueMap;
    private final Object defaultValue;
    private final FieldType type;
    private final DateTimeFormatter format;
    private final int maxLength;
    private final boolean required;
    private final Map<String, Object> lookupAttributes;
    private final String lookupExternalId;

    CompiledField(
            String name,
            ValueSource[] candidates,
            Transform[] transforms,
            String join,
            Map<String, JsonNode> valueMap,
            Object defaultValue,
            FieldType type,
            DateTimeFormatter format,
            int maxLength,
            boolean required,
            MappingLookup lookup) {
        this.name = name;
        this.candidates = candidates;
        this.transforms = transforms;
        this.join = join;
        this.valueMap = valueMap;
        this.defaultValue = defaultValue;
        this.type = type;
        this.format = format;
        this.maxLength = maxLength;
        this.required = required;
        this.lookupAttributes = lookup == null ? null : Map.of("type", lookup.object());
        this.lookupExternalId = lookup == null ? null : lookup.externalId();
    }

    String name() {
        return name;
    }

    /** The first value source, which also gives a record's key when the mapping names no {@code sourceKey}. */
    ValueSource primary() {
        return candidates.length == 0 ? null : candidates[0];
    }

    /** Puts this field into {@code out}; leaves it out when there is no value and none is required. */
    void writeTo(Map<String, Object> out, JsonNode current, JsonNode parent) throws UnmappableValueException {
        Object value = value(current, parent);
        if (value == null) {
            return;
        }
        if (lookupAttributes != null) {
            Map<String, Object> reference = new LinkedHashMap<>(4);
            reference.put("attributes", lookupAttributes);
            reference.put(lookupExternalId, value);
            out.put(name, reference);
        } else {
            out.put(name, value);
        }
    }

    /** The converted value, or null when absent and not required. */
    Object value(JsonNode current, JsonNode parent) throws UnmappableValueException {
        UnmappableValueException firstError = null;
        for (ValueSource candidate : candidates) {
            JsonNode raw = candidate.get(current, parent);
            if (FieldValues.absent(raw)) {
                continue;
            }
            try {
                return convert(raw);
            } catch (UnmappableValueException e) {
                if (firstError == null) {
                    firstError = new UnmappableValueException(name + ": " + e.getMessage());
                }
            }
        }
        if (defaultValue != null) {
            return defaultValue;
        }
        if (firstError != null) {
            throw firstError;
        }
        if (required) {
            throw new UnmappableValueException(name + ": required value missing");
        }
        return null;
    }

    private Object convert(JsonNode raw) throws UnmappableValueException {
        JsonNode v = raw;
        if (v.isArray()) {
            if (join == null) {
                throw new UnmappableValueException("a list of " + v.size() + " values; add join to the field");
            }
            v = joined(v);
        } else if (transforms.length > 0 && v.isValueNode()) {
            v = TextNode.valueOf(transformed(v.asText()));
        }
        if (valueMap != null) {
            JsonNode mapped = valueMap.get(v.asText());
            if (mapped != null) {
                v = mapped;
            } else if (defaultValue != null) {
                return defaultValue;
            }
        }
        Object converted = type.convert(v, format);
        if (maxLength > 0 && converted instanceof String s && s.length() > maxLength) {
            int end = Character.isHighSurrogate(s.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
            return s.substring(0, end);
        }
        return converted;
    }

    private JsonNode joined(JsonNode array) {
        StringBuilder out = new StringBuilder();
        for (JsonNode element : array) {
            if (FieldValues.absent(element)) {
                continue;
            }
            if (out.length() > 0) {
                out.append(join);
            }
            out.append(transformed(element.isValueNode() ? element.asText() : element.toString()));
        }
        return TextNode.valueOf(out.toString());
    }

    private String transformed(String text) {
        String s = text;
        for (Transform t : transforms) {
            s = t.apply(s);
        }
        return s;
    }
}
