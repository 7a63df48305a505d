package io.marketsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;

/** What counts as "no value" everywhere in a mapping: missing, null, blank text or an empty list. */
final class FieldValues {

    private FieldValues() {}

    static boolean absent(JsonNode v) {
        return v == null
                || v.isNull()
                || v.isMissingNode()
                || (v.isTextual() && v.asText().isBlank())
                || (v.isArray() && v.isEmpty());
    }
}
