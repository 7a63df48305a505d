package io.marketsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code const: AWS}: the same value for every record. */
record ConstantValue(JsonNode value) implements ValueSource {

    @Override
    public JsonNode get(JsonNode current, JsonNode parent) {
        return value;
    }
}
