package io.marketsync.salesforce.metadata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small SFDX project into a temporary directory, one metadata file at a time. */
final class SfdxFixture {

    private final Path root;

    SfdxFixture(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    SfdxFixture object(String name, String body) {
        return write(objects().resolve(name).resolve(name + ".object-meta.xml"), customObject(body));
    }

    SfdxFixture field(String object, String field, String body) {
        return write(fieldFile(object, field), customField(field, body));
    }

    Path fieldFile(String object, String field) {
        return objects().resolve(object).resolve("fields").resolve(field + ".field-meta.xml");
    }

    SfdxFixture write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Path objects() {
        return root.resolve(OrgSchema.OBJECTS);
    }

    static String customObject(String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">
                """
                + body + "\n</CustomObject>\n";
    }

    static String customField(String name, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
                    <fullName>%s</fullName>
                """
                        .formatted(name)
                + body + "\n</CustomField>\n";
    }
}
