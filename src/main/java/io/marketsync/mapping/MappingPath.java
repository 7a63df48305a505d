package io.marketsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled path into a JSON record: {@code a.b[0].c}, {@code Terms[*].Type} (every element),
 * {@code Rules[Type=TargetingRule].PositiveTargeting} (first element whose {@code Type} is that text).
 * {@code $} is the current record (the array element under {@code each}), {@code ^} the source record
 * that holds it; {@code $.a} is the same as {@code a}.
 */
final class MappingPath implements ValueSource {

    private sealed interface Step permits Field, Index, Every, Match {}

    private record Field(String name) implements Step {}

    private record Index(int index) implements Step {}

    private record Every() implements Step {}

    private record Match(String key, String value) implements Step {}

    private final String text;
    private final boolean fromParent;
    private final Step[] steps;

    private MappingPath(String text, boolean fromParent, Step[] steps) {
        this.text = text;
        this.fromParent = fromParent;
        this.steps = steps;
    }

    /** Compiles a path; a syntax error is an {@link IllegalArgumentException} saying what and where. */
    static MappingPath parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("bad path '': empty");
        }
        String rest = text;
        boolean parent = false;
        if (rest.startsWith("$") || rest.startsWith("^")) {
            parent = rest.charAt(0) == '^';
            rest = rest.substring(1);
            if (!rest.isEmpty() && rest.charAt(0) != '.' && rest.charAt(0) != '[') {
                throw bad(text, "'" + text.charAt(0) + "' must be followed by '.' or '['");
            }
            if (rest.startsWith(".")) {
                rest = rest.substring(1);
                if (rest.isEmpty()) {
                    throw bad(text, "empty segment at the end");
                }
            }
        }
        return new MappingPath(text, parent, steps(text, rest));
    }

    private static Step[] steps(String text, String rest) {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        int n = rest.length();
        boolean expectName = !rest.startsWith("[");
        while (i < n) {
            if (expectName) {
                int end = i;
                while (end < n && rest.charAt(end) != '.' && rest.charAt(end) != '[') {
                    char c = rest.charAt(end);
                    if (c == ']' || c == '{' || c == '}' || Character.isWhitespace(c)) {
                        throw bad(text, "unexpected '" + c + "'");
                    }
                    end++;
                }
                if (end == i) {
                    throw bad(text, "empty segment");
                }
                steps.add(new Field(rest.substring(i, end)));
                i = end;
                expectName = false;
            } else if (rest.charAt(i) == '.') {
                if (i + 1 >= n) {
                    throw bad(text, "empty segment at the end");
                }
                i++;
                expectName = true;
            } else {
                int close = rest.indexOf(']', i);
                if (close < 0) {
                    throw bad(text, "'[' without ']'");
                }
                steps.add(bracket(text, rest.substring(i + 1, close)));
                i = close + 1;
                if (i < n && rest.charAt(i) != '.' && rest.charAt(i) != '[') {
                    throw bad(text, "expected '.' or '[' after ']'");
                }
            }
        }
        return steps.toArray(Step[]::new);
    }

    private static Step bracket(String text, String inside) {
        if (inside.equals("*")) {
            return new Every();
        }
        int eq = inside.indexOf('=');
        if (eq > 0 && eq < inside.length() - 1) {
            return new Match(
                    inside.substring(0, eq).trim(), inside.substring(eq + 1).trim());
        }
        if (!inside.isEmpty() && inside.chars().allMatch(Character::isDigit) && inside.length() < 10) {
            return new Index(Integer.parseInt(inside));
        }
        throw bad(text, "'[" + inside + "]' is not an index, [*] or [key=value]");
    }

    private static IllegalArgumentException bad(String text, String why) {
        return new IllegalArgumentException("bad path '" + text + "': " + why);
    }

    /** The value at this path, or null when any step is missing. */
    @Override
    public JsonNode get(JsonNode current, JsonNode parent) {
        return walk(fromParent ? parent : current, 0);
    }

    private JsonNode walk(JsonNode node, int from) {
        for (int i = from; i < steps.length && node != null; i++) {
            Step step = steps[i];
            if (step instanceof Field f) {
                node = node.get(f.name());
            } else if (step instanceof Index x) {
                node = node.isArray() ? node.get(x.index()) : null;
            } else if (step instanceof Match m) {
                node = firstMatch(node, m);
            } else {
                return every(node, i + 1);
            }
        }
        return node == null || node.isMissingNode() ? null : node;
    }

    private ArrayNode every(JsonNode node, int next) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        if (node.isArray()) {
            for (JsonNode element : node) {
                JsonNode v = walk(element, next);
                if (v == null || v.isNull()) {
                    continue;
                }
                if (v.isArray()) {
                    out.addAll((ArrayNode) v);
                } else {
                    out.add(v);
                }
            }
        }
        return out;
    }

    private static JsonNode firstMatch(JsonNode node, Match m) {
        if (node.isArray()) {
            for (JsonNode element : node) {
                JsonNode key = element.get(m.key());
                if (key != null && key.isValueNode() && m.value().equals(key.asText())) {
                    return element;
                }
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return text;
    }
}
