package io.marketsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The test mappings directory, its JSON inputs, and a fixed clock for today/now. */
final class Fixtures {

    static final Path MAPPINGS = Path.of("src/test/resources/mapping");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-15T10:30:00Z"), ZoneOffset.UTC);
    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {}

    static JsonNode input(String name) {
        try {
            return JSON.readTree(MAPPINGS.resolve("input").resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Mapping mapping(String name) {
        return new MappingLoader(CLOCK).load(MAPPINGS.resolve(name), name);
    }

    /** Writes a mapping into {@code dir} and compiles it. */
    static Mapping inline(Path dir, String yaml) {
        try {
            Path file = dir.resolve("inline.yaml");
            Files.writeString(file, yaml);
            return new MappingLoader(CLOCK).load(file, "inline.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
