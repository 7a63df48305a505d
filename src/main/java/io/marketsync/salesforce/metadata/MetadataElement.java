package io.marketsync.salesforce.metadata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An element of a metadata XML file with the position it started at, so that every complaint about
 * its content can name the file and line.
 */
final class MetadataElement {

    private final Path file;
    private final String name;
    private final int line;
    private final int column;
    private final List<MetadataElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    MetadataElement(Path file, String name, int line, int column) {
        this.file = file;
        this.name = name;
        this.line = line;
        this.column = column;
    }

    String name() {
        return name;
    }

    String text() {
        return text.toString().trim();
    }

    void appendText(char[] chars, int start, int length) {
        text.append(chars, start, length);
    }

    void add(MetadataElement child) {
        children.add(child);
    }

    Optional<MetadataElement> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    List<MetadataElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The trimmed text of the first child with this name, if present and not blank. */
    Optional<String> text(String childName) {
        return child(childName).map(MetadataElement::text).filter(s -> !s.isEmpty());
    }

    String requiredText(String childName) {
        return text(childName).orElseThrow(() -> problem("<" + name + "> has no <" + childName + ">"));
    }

    boolean flag(String childName) {
        Optional<MetadataElement> child = child(childName);
        if (child.isEmpty()) {
            return false;
        }
        String value = child.get().text();
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw child.get().problem("<" + childName + "> must be true or false, not '" + value + "'");
    }

    Optional<Integer> integer(String childName) {
        Optional<MetadataElement> child = child(childName);
        if (child.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(child.get().text()));
        } catch (NumberFormatException e) {
            throw child.get()
                    .problem("<" + childName + "> must be a whole number, not '"
                            + child.get().text() + "'");
        }
    }

    MetadataException problem(String message) {
        return new MetadataException(file, line, column, message);
    }
}
