package io.marketsync.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Any message body a mapping accepts (JsonNode, Map, List, JSON text or bytes) as a Jackson tree. */
final class JsonInput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonInput() {}

    static JsonNode of(Object body) {
        try {
            if (body == null) {
                return NullNode.getInstance();
            }
            if (body instanceof JsonNode node) {
                return node;
            }
            if (body instanceof String text) {
                return JSON.readTree(text);
            }
            if (body instanceof byte[] bytes) {
                return JSON.readTree(bytes);
            }
            if (body instanceof InputStream in) {
                return JSON.readTree(in);
            }
            return JSON.valueToTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the input is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
