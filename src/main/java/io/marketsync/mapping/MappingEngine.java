package io.marketsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The mapping engine without Camel, for the command line ({@code map}, {@code validate}) and for code that maps
 * records itself: load a mapping file, apply it to JSON, get Salesforce records and failures.
 */
public final class MappingEngine {

    private final MappingLoader loader;

    public MappingEngine(Clock clock) {
        this.loader = new MappingLoader(clock);
    }

    public MappingEngine() {
        this(Clock.systemUTC());
    }

    /** @throws MappingInvalidException when the file has problems */
    public Mapping load(Path mappingFile) {
        return loader.load(mappingFile);
    }

    /** Loads {@code mappingFile} and applies it to {@code input}. */
    public MappingResult map(Path mappingFile, JsonNode input) {
        return load(mappingFile).apply(input);
    }

    /**
     * Applies a mapping to a JsonNode, Map, List, or JSON as String or byte[].
     *
     * @throws IllegalArgumentException when text input is not JSON
     */
    public MappingResult map(Mapping mapping, Object input) {
        return mapping.apply(JsonInput.of(input));
    }

    /** Problems of a mapping file, or of every mapping file under a directory. */
    public List<MappingProblem> validate(Path fileOrDirectory) {
        return fileOrDirectory.toFile().isDirectory()
                ? loader.validateDirectory(fileOrDirectory)
                : loader.validate(fileOrDirectory);
    }
}
