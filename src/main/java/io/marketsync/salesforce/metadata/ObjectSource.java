package io.marketsync.salesforce.metadata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One directory under {@code objects/}: its optional {@code NAME.object-meta.xml} and its
 * {@code fields/*.field-meta.xml}, each field remembered with the file it came from.
 */
record ObjectSource(String name, Path directory, Optional<MetadataElement> definition, List<FieldSource> fields) {

    /** A field with the XML it was read from, so later checks can point at the offending element. */
    record FieldSource(FieldDef field, MetadataElement xml) {

        /** A problem located at the {@code element} child of the field, or at the field itself. */
        MetadataException problem(String element, String message) {
            return xml.child(element).orElse(xml).problem(message);
        }
    }

    static ObjectSource read(Path directory) {
        String name = directory.getFileName().toString();
        Path objectFile = directory.resolve(name + ".object-meta.xml");
        Optional<MetadataElement> definition = Files.isRegularFile(objectFile)
                ? Optional.of(MetadataXml.read(objectFile, "CustomObject"))
                : Optional.empty();
        List<FieldSource> fields = fieldFiles(directory.resolve("fields")).stream()
                .map(CustomFieldReader::read)
                .toList();
        return new ObjectSource(name, directory, definition, fields);
    }

    /** Custom objects and platform events carry a suffix; a plain name extends a standard object. */
    boolean custom() {
        return name.endsWith("__c") || name.endsWith("__e");
    }

    boolean platformEvent() {
        return name.endsWith("__e");
    }

    private static List<Path> fieldFiles(Path fieldsDir) {
        if (!Files.isDirectory(fieldsDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(fieldsDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".field-meta.xml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
