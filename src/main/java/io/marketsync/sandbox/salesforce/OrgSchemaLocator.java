package io.marketsync.sandbox.salesforce;

import io.marketsync.salesforce.metadata.OrgSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds the org's schema: the project's {@code salesforce/} directory under the working directory,
 * else the copy bundled on the classpath under {@value #BUNDLED}, else the standard objects alone.
 */
public final class OrgSchemaLocator {

    static final String BUNDLED = "marketsync-salesforce/";

    private OrgSchemaLocator() {}

    public static OrgSchema locate() {
        return locate(Path.of("salesforce"));
    }

    static OrgSchema locate(Path projectDir) {
        if (isSfdxProject(projectDir)) {
            return OrgSchema.load(projectDir);
        }
        URL bundled = OrgSchemaLocator.class.getClassLoader().getResource(BUNDLED);
        if (bundled == null) {
            return OrgSchema.standardOnly();
        }
        try {
            URI uri = bundled.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return OrgSchema.load(jar.provider().getPath(uri));
                }
            }
            return OrgSchema.load(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(
                    "cannot read the bundled Salesforce project at " + bundled, new IOException(e));
        }
    }

    private static boolean isSfdxProject(Path dir) {
        return Files.isDirectory(
                dir.resolve("force-app").resolve("main").resolve("default").resolve("objects"));
    }
}
