package io.marketsync.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled mappings of one mappings directory, by name ({@code aws/agreement.yaml}). Each use checks the file's
 * modification time and size; when they changed and the content too, the file is recompiled. An edit that does
 * not validate is refused: its problems are logged once, FILE:LINE:COLUMN each, and the previous version keeps
 * serving until the file is fixed.
 */
@ManagedResource(description = "Mapping files: compiled once, reloaded when they change")
public class MappingRegistry extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(MappingRegistry.class);

    private record Stamp(FileTime modified, long size) {}

    /** A served mapping, the text it was compiled from, and the text of a refused edit, if any. */
    private record Entry(Mapping mapping, String text, Stamp stamp, String refusedText) {

        Entry seen(Stamp now, String refused) {
            return new Entry(mapping, text, now, refused);
        }
    }

    private final Path directory;
    private final Path shownDirectory;
    private final MappingLoader loader;
    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    public MappingRegistry(Path directory, Clock clock) {
        this.directory = directory.toAbsolutePath().normalize();
        this.shownDirectory = directory;
        this.loader = new MappingLoader(clock);
    }

    public MappingRegistry(Path directory) {
        this(directory, Clock.systemUTC());
    }

    public Path directory() {
        return directory;
    }

    /**
     * The current version of a mapping, recompiled first when its file changed.
     *
     * @param name the file relative to the mappings directory
     * @throws MappingInvalidException when the file has never compiled
     * @throws IllegalArgumentException when the name points outside the mappings directory
     * @throws UncheckedIOException when the file has never been readable
     */
    public Mapping get(String name) {
        Path file = resolve(name);
        Stamp now = stamp(file);
        Entry current = entries.get(name);
        if (current != null && current.stamp().equals(now)) {
            return current.mapping();
        }
        return entries.compute(name, (n, old) -> refresh(n, file, old, now, false))
                .mapping();
    }

    /** Recompiles one mapping now; returns "reloaded NAME" or the problems that refused the edit. */
    @ManagedOperation(description = "Recompile one mapping file (its name relative to the mappings directory)")
    public String reload(String name) {
        Path file = resolve(name);
        try {
            entries.compute(name, (n, old) -> refresh(n, file, old, stamp(file), true));
            return "reloaded " + name;
        } catch (MappingInvalidException e) {
            return e.getMessage();
        } catch (UncheckedIOException e) {
            return name + ": cannot read: " + e.getCause().getMessage();
        }
    }

    /** Recompiles every mapping in use; returns one line per mapping. */
    @ManagedOperation(description = "Recompile every mapping file in use")
    public String reloadAll() {
        List<String> lines = new ArrayList<>();
        for (String name : new TreeSet<>(entries.keySet())) {
            lines.add(reload(name));
        }
        return String.join("\n", lines);
    }

    @ManagedAttribute(description = "The mappings directory")
    public String getMappingsDir() {
        return directory.toString();
    }

    @ManagedAttribute(description = "Mappings in use, by name")
    public List<String> getMappings() {
        return List.copyOf(new TreeSet<>(entries.keySet()));
    }

    private Entry refresh(String name, Path file, Entry old, Stamp now, boolean forced) {
        if (old != null && old.stamp().equals(now) && !forced) {
            return old; // another thread got here first
        }
        String text;
        try {
            text = MappingLoader.read(file);
        } catch (UncheckedIOException e) {
            if (old == null) {
                throw e;
            }
            LOG.warn("Mapping {} cannot be read ({}); still serving the previous version", name, e.getMessage());
            return old.seen(now, old.refusedText());
        }
        if (old != null && (text.equals(old.text()) || (!forced && text.equals(old.refusedText())))) {
            return old.seen(now, old.refusedText());
        }
        try {
            Mapping mapping = loader.compile(shownDirectory.resolve(name), name, text);
            if (old != null) {
                LOG.info("Mapping {} reloaded", name);
            }
            return new Entry(mapping, text, now, null);
        } catch (MappingInvalidException e) {
            if (old == null) {
                throw e;
            }
            LOG.warn("Mapping {} edit refused; still serving the previous version:\n{}", name, e.getMessage());
            if (forced) {
                throw e;
            }
            return old.seen(now, text);
        }
    }

    private Path resolve(String name) {
        Path file = directory.resolve(name).normalize();
        if (!file.startsWith(directory)) {
            throw new IllegalArgumentException("mapping '" + name + "' is outside " + directory);
        }
        return file;
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.lastModifiedTime(), a.size());
        } catch (IOException e) {
            return new Stamp(FileTime.fromMillis(0), -1);
        }
    }
}
