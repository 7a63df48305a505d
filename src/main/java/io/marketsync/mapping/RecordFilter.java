package io.marketsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * One {@code when} condition: {@code {path: Visibility, equals: Public}}, {@code notEquals}, {@code in: [...]},
 * {@code notIn: [...]} or {@code exists: true|false}. Values compare as text. A mapping's conditions must all
 * hold for a record to be mapped; the others are skipped, not failed.
 */
final class RecordFilter {

    enum Test {
        EQUALS,
        NOT_EQUALS,
        IN,
        NOT_IN,
        EXISTS
    }

    private final MappingPath path;
    private final Test test;
    private final Set<String> values;
    private final boolean exists;

    RecordFilter(MappingPath path, Test test, Set<String> values, boolean exists) {
        this.path = path;
        this.test = test;
        this.values = values;
        this.exists = exists;
    }

    boolean accepts(JsonNode current, JsonNode parent) {
        JsonNode v = path.get(current, parent);
        boolean absent = FieldValues.absent(v);
        return switch (test) {
            case EXISTS -> absent != exists;
            case EQUALS, IN -> !absent && values.contains(v.asText());
            case NOT_EQUALS, NOT_IN -> absent || !values.contains(v.asText());
        };
    }
}
