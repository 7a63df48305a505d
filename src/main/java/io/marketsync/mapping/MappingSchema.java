package io.marketsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The structure of a mapping file, as the JSON Schema {@code /mapping-schema/mapping.schema.json}; its
 * messages are reworded to name the offending key and placed at that key's line and column.
 */
final class MappingSchema {

    static final String RESOURCE = "/mapping-schema/mapping.schema.json";

    private static final JsonSchema SCHEMA = load();

    private MappingSchema() {}

    private static JsonSchema load() {
        try (InputStream in = MappingSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<MappingProblem> check(YamlTree tree, String file) {
        List<MappingProblem> problems = new ArrayList<>();
        for (ValidationMessage m : SCHEMA.validate(tree.root())) {
            String pointer = pointer(m.getInstanceLocation());
            String property = m.getProperty();
            switch (m.getType()) {
                case "additionalProperties" -> {
                    String key = YamlTree.child(pointer, property);
                    problems.add(MappingProblem.at(file, tree.key(key), YamlTree.dotted(key) + ": unknown key"));
                }
                case "required" -> problems.add(MappingProblem.at(
                        file,
                        tree.key(pointer),
                        (pointer.isEmpty() ? "" : YamlTree.dotted(pointer) + ": ") + "missing required key '" + property
                                + "'"));
                case "type" -> problems.add(MappingProblem.at(
                        file,
                        tree.value(pointer),
                        YamlTree.dotted(pointer) + ": expected "
                                + m.getSchemaNode().asText(m.getSchemaNode().toString()) + ", found "
                                + kind(m.getInstanceNode())));
                case "enum" -> problems.add(MappingProblem.at(
                        file,
                        tree.value(pointer),
                        YamlTree.dotted(pointer) + ": '" + m.getInstanceNode().asText() + "' is not one of "
                                + String.join(", ", texts(m.getSchemaNode()))));
                case "propertyNames", "pattern" -> problems.add(MappingProblem.at(
                        file,
                        tree.key(pointer),
                        YamlTree.dotted(pointer) + ": not a Salesforce API name (letters, digits, underscores)"));
                default -> problems.add(
                        MappingProblem.at(file, tree.value(pointer), YamlTree.dotted(pointer) + ": " + bare(m)));
            }
        }
        return problems;
    }

    private static String pointer(JsonNodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            out.append(element instanceof Integer n ? YamlTree.child("", n) : YamlTree.child("", element.toString()));
        }
        return out.toString();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static String kind(JsonNode v) {
        if (v == null) {
            return "nothing";
        }
        return switch (v.getNodeType()) {
            case OBJECT -> "a map";
            case ARRAY -> "a list";
            case STRING -> "text '" + v.asText() + "'";
            case NUMBER -> "number " + v.asText();
            case BOOLEAN -> "boolean " + v.asText();
            default -> "null";
        };
    }

    /** The validator's message without its leading {@code $.a.b: } location, which we give in our own form. */
    private static String bare(ValidationMessage m) {
        String text = m.getMessage();
        int colon = text.indexOf(": ");
        return text.startsWith("$") && colon > 0 ? text.substring(colon + 2) : text;
    }
}
