package io.marketsync.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Checks the YAML route files before Camel loads them, so a mistake stops startup with its file, line
 * and key: YAML syntax, the kind of each entry, route ids (present, unique), {@code from.uri},
 * {@code mapping:} files that don't exist, and {@code {{placeholders}}} no setting defines.
 */
public final class RouteValidator {

    private static final List<String> KINDS =
            List.of("route", "routeTemplate", "templatedRoute", "beans", "routeConfiguration", "rest", "errorHandler");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^}]+)}}");

    private final Path mappingsDir;
    private final Map<String, String> properties;
    private final Map<String, Path> routeIds = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private RouteValidator(Path mappingsDir, Map<String, String> properties) {
        this.mappingsDir = mappingsDir;
        this.properties = properties;
    }

    /** Validates every {@code *.camel.yaml} under the routes directory (templates included). */
    public static List<Problem> validate(Path routesDir, Path mappingsDir, Map<String, String> properties) {
        RouteValidator validator = new RouteValidator(mappingsDir, properties);
        if (!Files.isDirectory(routesDir)) {
            validator.problems.add(new Problem(routesDir, 1, 1, "routes directory not found"));
            return validator.problems;
        }
        try (Stream<Path> files = Files.walk(routesDir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".camel.yaml"))
                    .sorted()
                    .forEach(validator::file);
        } catch (IOException e) {
            validator.problems.add(new Problem(routesDir, 1, 1, "cannot read: " + e.getMessage()));
        }
        return validator.problems;
    }

    /** The route files under a directory, for the summary line. */
    public static long countFiles(Path routesDir) {
        try (Stream<Path> files = Files.walk(routesDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".camel.yaml"))
                    .count();
        } catch (IOException e) {
            return 0;
        }
    }

    private void file(Path file) {
        Node root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(in);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(new Problem(
                    file,
                    mark == null ? 1 : mark.getLine() + 1,
                    mark == null ? 1 : mark.getColumn() + 1,
                    "invalid YAML: " + e.getProblem()));
            return;
        } catch (IOException e) {
            problems.add(new Problem(file, 1, 1, "cannot read: " + e.getMessage()));
            return;
        }
        if (root == null) {
            return;
        }
        if (!(root instanceof SequenceNode list)) {
            problem(file, root, "a route file is a list of entries such as '- route:'");
            return;
        }
        for (Node item : list.getValue()) {
            entry(file, item);
        }
    }

    private void entry(Path file, Node item) {
        if (!(item instanceof MappingNode map) || map.getValue().size() != 1) {
            problem(file, item, "each entry has exactly one key, one of " + KINDS);
            return;
        }
        NodeTuple tuple = map.getValue().get(0);
        String kind = scalar(tuple.getKeyNode());
        if (!KINDS.contains(kind)) {
            problem(file, tuple.getKeyNode(), "unknown entry '" + kind + "', expected one of " + KINDS);
            return;
        }
        Node body = tuple.getValueNode();
        switch (kind) {
            case "route" -> route(file, tuple.getKeyNode(), body);
            case "routeTemplate" -> routeTemplate(file, body);
            case "templatedRoute" -> id(
                    file, tuple.getKeyNode(), child(body, "routeId"), "templatedRoute needs a 'routeId'");
            default -> walk(file, body, Set.of());
        }
    }

    private void route(Path file, Node key, Node body) {
        id(file, key, child(body, "id"), "route needs an 'id' (stable ids name runs, watermarks and JMX beans)");
        Node from = child(body, "from");
        if (from == null || child(from, "uri") == null) {
            problem(file, from == null ? key : from, "route needs 'from' with a 'uri'");
        }
        walk(file, body, Set.of());
    }

    private void routeTemplate(Path file, Node body) {
        Set<String> parameters = new HashSet<>();
        Node list = child(body, "parameters");
        if (list instanceof SequenceNode seq) {
            for (Node p : seq.getValue()) {
                Node name = child(p, "name");
                if (name != null) {
                    parameters.add(scalar(name));
                }
            }
        }
        Node route = child(body, "route");
        walk(file, route == null ? body : route, parameters);
    }

    private void id(Path file, Node at, Node idNode, String missing) {
        if (idNode == null) {
            problem(file, at, missing);
            return;
        }
        String id = scalar(idNode);
        Path other = routeIds.putIfAbsent(id, file);
        if (other != null) {
            problem(file, idNode, "route id '" + id + "' is already used in " + other);
        }
    }

    /** Checks {@code to: mapping:...} targets and placeholders everywhere under a node. */
    private void walk(Path file, Node node, Set<String> templateParameters) {
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                String key = scalar(t.getKeyNode());
                if (("to".equals(key) || "uri".equals(key)) && t.getValueNode() instanceof ScalarNode s) {
                    mappingTarget(file, s);
                }
                walk(file, t.getValueNode(), templateParameters);
            }
        } else if (node instanceof SequenceNode seq) {
            seq.getValue().forEach(n -> walk(file, n, templateParameters));
        } else if (node instanceof ScalarNode s) {
            placeholder(file, s, templateParameters);
        }
    }

    private void mappingTarget(Path file, ScalarNode node) {
        String uri = node.getValue();
        if (!uri.startsWith("mapping:")) {
            return;
        }
        String files = uri.substring("mapping:".length()).replaceFirst("\\?.*", "");
        for (String name : files.split(",")) {
            if (!name.isBlank() && !name.contains("{{") && !Files.isRegularFile(mappingsDir.resolve(name.trim()))) {
                problem(file, node, "mapping file '" + name.trim() + "' not found in " + mappingsDir);
            }
        }
    }

    private void placeholder(Path file, ScalarNode node, Set<String> templateParameters) {
        Matcher m = PLACEHOLDER.matcher(node.getValue());
        while (m.find()) {
            String name = m.group(1).trim();
            boolean optional = name.startsWith("?");
            boolean function = name.matches("^[a-z]+:.*") && !name.startsWith("?");
            String bare = optional ? name.substring(1) : name;
            boolean hasDefault = !function && bare.contains(":");
            if (!optional
                    && !function
                    && !hasDefault
                    && !templateParameters.contains(bare)
                    && !properties.containsKey(bare)) {
                problem(file, node, "property placeholder '{{" + bare + "}}' is not defined by any setting");
            }
        }
    }

    private void problem(Path file, Node node, String message) {
        Mark mark = node.getStartMark();
        problems.add(new Problem(file, mark.getLine() + 1, mark.getColumn() + 1, message));
    }

    private static Node child(Node node, String key) {
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (key.equals(scalar(t.getKeyNode()))) {
                    return t.getValueNode();
                }
            }
        }
        return null;
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : String.valueOf(node);
    }
}
