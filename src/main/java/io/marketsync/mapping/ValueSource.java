package io.marketsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;

/** Where a field's raw value comes from: a path, a constant, a template or a date expression. */
interface ValueSource {

    /**
     * @param current the record being mapped (the array element under {@code each})
     * @param parent the source record holding it (the same record without {@code each})
     * @return the raw value, or null when there is none
     */
    JsonNode get(JsonNode current, JsonNode parent);
}
