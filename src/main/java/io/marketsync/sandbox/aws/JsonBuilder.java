package io.marketsync.sandbox.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marketsync.sandbox.SimHttp;

/** Terse JSON literals for the sample data: {@code obj("Type", "LegalTerm", "Documents", arr(...))}. */
final class JsonBuilder {

    private JsonBuilder() {}

    static ObjectNode obj(Object... namesAndValues) {
        ObjectNode node = SimHttp.JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            node.set((String) namesAndValues[i], value(namesAndValues[i + 1]));
        }
        return node;
    }

    static ArrayNode arr(Object... values) {
        ArrayNode node = SimHttp.JSON.createArrayNode();
        for (Object value : values) {
            node.add(value(value));
        }
        return node;
    }

    private static JsonNode value(Object value) {
        return value instanceof JsonNode node ? node : SimHttp.JSON.valueToTree(value);
    }
}
