package io.marketsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML document as a Jackson tree plus the position of every key and value, addressed by JSON pointer
 * ({@code /fields/Status__c/map}). Built from SnakeYAML's node graph, which keeps marks and, unlike a data
 * binding, shows repeated keys, which are reported instead of silently overwritten.
 *
 * <p>Scalars follow YAML 1.2's core schema: only true/false are booleans, so {@code const: No} stays text.
 */
final class YamlTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode root;
    private final Map<String, SourcePosition> keys = new HashMap<>();
    private final Map<String, SourcePosition> values = new HashMap<>();
    private final List<MappingProblem> problems = new ArrayList<>();
    private final String file;

    private YamlTree(String file, String text) {
        this.file = file;
        this.root = read(text);
    }

    /** Parses; syntax errors and repeated keys end up in {@link #problems()}, never thrown. */
    static YamlTree parse(String file, String text) {
        return new YamlTree(file, text);
    }

    JsonNode root() {
        return root;
    }

    List<MappingProblem> problems() {
        return problems;
    }

    /** Where the value at {@code pointer} starts; the nearest enclosing value's position when it isn't there. */
    SourcePosition value(String pointer) {
        return values.getOrDefault(nearest(pointer), SourcePosition.START);
    }

    /** {@code pointer} itself if the file has it, else its nearest enclosing pointer that it has. */
    String nearest(String pointer) {
        String p = pointer;
        while (!p.isEmpty() && !values.containsKey(p)) {
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return p;
    }

    /** Where the key naming {@code pointer} starts; its value's position for list items and the root. */
    SourcePosition key(String pointer) {
        SourcePosition found = keys.get(pointer);
        return found != null ? found : value(pointer);
    }

    static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    private JsonNode read(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        try {
            Node node = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
            return node == null ? NODES.objectNode() : convert(node, "");
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourcePosition at = mark == null ? SourcePosition.START : position(mark);
            problems.add(MappingProblem.at(file, at, "YAML syntax: " + e.getProblem()));
            return NODES.objectNode();
        }
    }

    private JsonNode convert(Node node, String pointer) {
        values.put(pointer, position(node.getStartMark()));
        if (node instanceof MappingNode map) {
            ObjectNode object = NODES.objectNode();
            for (NodeTuple tuple : map.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (!(keyNode instanceof ScalarNode scalarKey)) {
                    problems.add(MappingProblem.at(file, position(keyNode.getStartMark()), "keys must be plain text"));
                    continue;
                }
                String key = scalarKey.getValue();
                String childPointer = child(pointer, key);
                if (object.has(key)) {
                    problems.add(MappingProblem.at(
                            file,
                            position(keyNode.getStartMark()),
                            dotted(childPointer) + ": duplicate key (first at line "
                                    + keys.get(childPointer).line() + ")"));
                    continue;
                }
                keys.put(childPointer, position(keyNode.getStartMark()));
                object.set(key, convert(tuple.getValueNode(), childPointer));
            }
            return object;
        }
        if (node instanceof SequenceNode seq) {
            ArrayNode array = NODES.arrayNode();
            List<Node> items = seq.getValue();
            for (int i = 0; i < items.size(); i++) {
                array.add(convert(items.get(i), child(pointer, i)));
            }
            return array;
        }
        return scalar((ScalarNode) node);
    }

    private static JsonNode scalar(ScalarNode node) {
        String v = node.getValue();
        Tag tag = node.getTag();
        if (Tag.NULL.equals(tag)) {
            return NODES.nullNode();
        }
        if (Tag.BOOL.equals(tag) && (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"))) {
            return NODES.booleanNode(Boolean.parseBoolean(v.toLowerCase()));
        }
        try {
            if (Tag.INT.equals(tag)) {
                BigInteger n = new BigInteger(v.replace("_", ""));
                return n.bitLength() < 64 ? NODES.numberNode(n.longValue()) : NODES.numberNode(n);
            }
            if (Tag.FLOAT.equals(tag)) {
                return NODES.numberNode(new BigDecimal(v.replace("_", "")));
            }
        } catch (NumberFormatException e) {
            // hex, octal, sexagesimal or .inf forms of YAML 1.1: kept as text
        }
        return NODES.textNode(v);
    }

    private static SourcePosition position(Mark mark) {
        return new SourcePosition(mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** {@code /fields/Status__c/map} as {@code fields.Status__c.map}, the form used in messages. */
    static String dotted(String pointer) {
        if (pointer.isEmpty()) {
            return "(top level)";
        }
        StringBuilder out = new StringBuilder();
        for (String part : pointer.substring(1).split("/", -1)) {
            String name = part.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                out.append('[').append(name).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(name);
            }
        }
        return out.toString();
    }
}
