package io.marketsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a structurally valid mapping tree into a {@link Mapping}, checking what a schema cannot: path and
 * template syntax, transform names, date patterns, expressions, conflicting options, and that the external
 * id is one of the fields. Every problem carries the position of the key or value at fault.
 */
final class MappingCompiler {

    private final YamlTree tree;
    private final String file;
    private final Clock clock;
    private final List<MappingProblem> problems = new ArrayList<>();

    private MappingCompiler(YamlTree tree, String file, Clock clock) {
        this.tree = tree;
        this.file = file;
        this.clock = clock;
    }

    /** The compiled mapping, or the problems found; exactly one of the two is non-empty. */
    record Outcome(Mapping mapping, List<MappingProblem> problems) {}

    static Outcome compile(YamlTree tree, String file, String name, Path path, Clock clock) {
        MappingCompiler c = new MappingCompiler(tree, file, clock);
        Mapping mapping = c.mapping(name, path);
        return c.problems.isEmpty() ? new Outcome(mapping, List.of()) : new Outcome(null, List.copyOf(c.problems));
    }

    private Mapping mapping(String name, Path path) {
        JsonNode root = tree.root();
        JsonNode t = root.get("target");
        MappingTarget target =
                new MappingTarget(t.get("object").asText(), t.get("externalId").asText(), tree.key("/target"));
        MappingPath records = optionalPath(root, "/records");
        MappingPath each = optionalPath(root, "/each");
        MappingPath sourceKey = optionalPath(root, "/sourceKey");
        RecordFilter[] filters = filters(root.get("when"));

        List<CompiledField> fields = new ArrayList<>();
        List<MappingField> info = new ArrayList<>();
        CompiledField externalIdField = null;
        Iterator<Map.Entry<String, JsonNode>> it = root.get("fields").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String pointer = YamlTree.child("/fields", e.getKey());
            JsonNode spec = e.getValue().isTextual() ? fromShorthand(e.getValue()) : e.getValue();
            CompiledField field = field(e.getKey(), spec, pointer, info);
            if (field != null) {
                fields.add(field);
                if (field.name().equals(target.externalId())) {
                    externalIdField = field;
                }
            }
        }
        if (!root.get("fields").has(target.externalId())) {
            problems.add(MappingProblem.at(
                    file,
                    tree.value("/target/externalId"),
                    "target.externalId: '" + target.externalId() + "' is not one of the fields"));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        ValueSource key = sourceKey != null ? sourceKey : externalIdField.primary();
        return new Mapping(
                name,
                path,
                root.get("source").asText(),
                target,
                info,
                records,
                each,
                filters,
                key,
                fields.toArray(CompiledField[]::new));
    }

    private static JsonNode fromShorthand(JsonNode path) {
        return JsonNodeFactory.instance.objectNode().set("from", path);
    }

    private CompiledField field(String name, JsonNode spec, String pointer, List<MappingField> info) {
        int before = problems.size();
        int primaries = (spec.has("from") ? 1 : 0) + (spec.has("const") ? 1 : 0) + (spec.has("template") ? 1 : 0);
        if (primaries > 1) {
            problem(tree.key(pointer), pointer, "use only one of from, const and template");
        } else if (primaries == 0 && !spec.has("fallback") && !spec.has("default")) {
            problem(tree.key(pointer), pointer, "needs from, const, template, fallback or default");
        }
        List<ValueSource> candidates = new ArrayList<>();
        ValueSource primary = source(spec, pointer);
        if (primary != null) {
            candidates.add(primary);
        }
        JsonNode fallback = spec.get("fallback");
        if (fallback != null) {
            for (int i = 0; i < fallback.size(); i++) {
                ValueSource s = fallbackEntry(fallback.get(i), YamlTree.child(pointer + "/fallback", i));
                if (s != null) {
                    candidates.add(s);
                }
            }
        }
        FieldType type = spec.has("type") ? FieldType.named(spec.get("type").asText()) : FieldType.STRING;
        DateTimeFormatter format = format(spec, type, pointer);
        Transform[] transforms = transforms(spec.get("transform"), pointer + "/transform");
        Integer maxLength = spec.has("maxLength") ? spec.get("maxLength").asInt() : null;
        if (maxLength != null && type != FieldType.STRING) {
            problem(tree.key(pointer + "/maxLength"), pointer + "/maxLength", "applies to string fields only");
        }
        MappingLookup lookup = spec.has("lookup")
                ? new MappingLookup(
                        spec.get("lookup").get("object").asText(),
                        spec.get("lookup").get("externalId").asText())
                : null;
        Map<String, JsonNode> valueMap = valueMap(spec.get("map"));
        Object defaultValue = defaultValue(spec.get("default"), type, format, pointer + "/default");
        boolean required = spec.path("required").asBoolean(false);
        boolean createOnly = spec.path("createOnly").asBoolean(false);
        info.add(new MappingField(name, type.yamlName(), lookup, maxLength, required, createOnly, tree.key(pointer)));
        if (problems.size() > before) {
            return null;
        }
        return new CompiledField(
                name,
                candidates.toArray(ValueSource[]::new),
                transforms,
                spec.has("join") ? spec.get("join").asText() : null,
                valueMap,
                defaultValue,
                type,
                format,
                maxLength == null ? 0 : maxLength,
                required,
                lookup);
    }

    /** {@code from}, {@code const} or {@code template} of a field or fallback entry; null when none. */
    private ValueSource source(JsonNode spec, String pointer) {
        if (spec.has("from")) {
            return path(spec.get("from").asText(), pointer + "/from");
        }
        if (spec.has("const")) {
            return new ConstantValue(spec.get("const"));
        }
        if (spec.has("template")) {
            try {
                return TemplateValue.parse(spec.get("template").asText());
            } catch (IllegalArgumentException e) {
                problem(tree.value(pointer + "/template"), pointer + "/template", e.getMessage());
            }
        }
        return null;
    }

    /** A fallback entry: a path or expression as text, or {@code {from|const|template: ...}}. */
    private ValueSource fallbackEntry(JsonNode entry, String pointer) {
        if (!entry.isTextual()) {
            return source(entry, pointer);
        }
        String text = entry.asText();
        if (!DateExpression.looksLikeOne(text)) {
            return path(text, pointer);
        }
        try {
            return DateExpression.parse(text, clock);
        } catch (IllegalArgumentException e) {
            problem(tree.value(pointer), pointer, e.getMessage());
            return null;
        }
    }

    private MappingPath path(String text, String pointer) {
        try {
            return MappingPath.parse(text);
        } catch (IllegalArgumentException e) {
            problem(tree.value(pointer), pointer, e.getMessage());
            return null;
        }
    }

    private MappingPath optionalPath(JsonNode root, String pointer) {
        JsonNode v = root.get(pointer.substring(1));
        return v == null ? null : path(v.asText(), pointer);
    }

    private DateTimeFormatter format(JsonNode spec, FieldType type, String pointer) {
        if (!spec.has("format")) {
            return null;
        }
        String at = pointer + "/format";
        if (!type.temporal()) {
            problem(tree.key(at), at, "applies to date and datetime fields only");
            return null;
        }
        String pattern = spec.get("format").asText();
        try {
            return DateTimeFormatter.ofPattern(pattern);
        } catch (IllegalArgumentException e) {
            problem(tree.value(at), at, "bad date pattern '" + pattern + "': " + e.getMessage());
            return null;
        }
    }

    private Transform[] transforms(JsonNode spec, String pointer) {
        if (spec == null) {
            return new Transform[0];
        }
        List<Transform> out = new ArrayList<>();
        if (spec.isTextual()) {
            transform(spec.asText(), pointer, out);
        } else {
            for (int i = 0; i < spec.size(); i++) {
                transform(spec.get(i).asText(), YamlTree.child(pointer, i), out);
            }
        }
        return out.toArray(Transform[]::new);
    }

    private void transform(String name, String pointer, List<Transform> out) {
        try {
            out.add(Transform.named(name));
        } catch (IllegalArgumentException e) {
            problem(tree.value(pointer), pointer, e.getMessage());
        }
    }

    private static Map<String, JsonNode> valueMap(JsonNode spec) {
        if (spec == null) {
            return null;
        }
        Map<String, JsonNode> out = new HashMap<>();
        spec.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private Object defaultValue(JsonNode spec, FieldType type, DateTimeFormatter format, String pointer) {
        if (spec == null) {
            return null;
        }
        try {
            return type.convert(spec, format);
        } catch (UnmappableValueException e) {
            problem(tree.value(pointer), pointer, "does not fit the field's type: " + e.getMessage());
            return null;
        }
    }

    private RecordFilter[] filters(JsonNode when) {
        if (when == null) {
            return new RecordFilter[0];
        }
        List<RecordFilter> out = new ArrayList<>();
        if (when.isObject()) {
            filter(when, "/when", out);
        } else {
            for (int i = 0; i < when.size(); i++) {
                filter(when.get(i), YamlTree.child("/when", i), out);
            }
        }
        return out.toArray(RecordFilter[]::new);
    }

    private void filter(JsonNode spec, String pointer, List<RecordFilter> out) {
        MappingPath path = path(spec.get("path").asText(), pointer + "/path");
        if (path == null) {
            return;
        }
        if (spec.has("exists")) {
            out.add(new RecordFilter(
                    path, RecordFilter.Test.EXISTS, Set.of(), spec.get("exists").asBoolean()));
        } else if (spec.has("equals")) {
            out.add(new RecordFilter(
                    path, RecordFilter.Test.EQUALS, Set.of(spec.get("equals").asText()), true));
        } else if (spec.has("notEquals")) {
            out.add(new RecordFilter(
                    path,
                    RecordFilter.Test.NOT_EQUALS,
                    Set.of(spec.get("notEquals").asText()),
                    true));
        } else if (spec.has("in")) {
            out.add(new RecordFilter(path, RecordFilter.Test.IN, texts(spec.get("in")), true));
        } else {
            out.add(new RecordFilter(path, RecordFilter.Test.NOT_IN, texts(spec.get("notIn")), true));
        }
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(v -> out.add(v.asText()));
        return Set.copyOf(out);
    }

    private void problem(SourcePosition at, String pointer, String message) {
        problems.add(MappingProblem.at(file, at, YamlTree.dotted(tree.nearest(pointer)) + ": " + message));
    }
}
