package io.marketsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code template: "{Name} ({EntityId})"}: text with paths in braces. When any placeholder has no value the
 * whole template has none, so a fallback or default can take over instead of a half-filled text.
 */
final class TemplateValue implements ValueSource {

    private final String[] literals;
    private final MappingPath[] paths;

    private TemplateValue(String[] literals, MappingPath[] paths) {
        this.literals = literals;
        this.paths = paths;
    }

    static TemplateValue parse(String template) {
        List<String> literals = new ArrayList<>();
        List<MappingPath> paths = new ArrayList<>();
        int i = 0;
        while (true) {
            int open = template.indexOf('{', i);
            int strayClose = template.indexOf('}', i);
            if (strayClose >= 0 && (open < 0 || strayClose < open)) {
                throw new IllegalArgumentException("bad template '" + template + "': '}' without '{'");
            }
            if (open < 0) {
                literals.add(template.substring(i));
                break;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("bad template '" + template + "': '{' without '}'");
            }
            String inside = template.substring(open + 1, close).trim();
            if (inside.indexOf('{') >= 0) {
                throw new IllegalArgumentException("bad template '" + template + "': '{' inside a placeholder");
            }
            literals.add(template.substring(i, open));
            try {
                paths.add(MappingPath.parse(inside));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad template '" + template + "': " + e.getMessage(), e);
            }
            i = close + 1;
        }
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("bad template '" + template + "': no {path} in it; use const");
        }
        return new TemplateValue(literals.toArray(String[]::new), paths.toArray(MappingPath[]::new));
    }

    @Override
    public JsonNode get(JsonNode current, JsonNode parent) {
        StringBuilder out = new StringBuilder(literals[0]);
        for (int i = 0; i < paths.length; i++) {
            JsonNode v = paths[i].get(current, parent);
            if (FieldValues.absent(v)) {
                return null;
            }
            out.append(v.isValueNode() ? v.asText() : v.toString()).append(literals[i + 1]);
        }
        return TextNode.valueOf(out.toString());
    }
}
