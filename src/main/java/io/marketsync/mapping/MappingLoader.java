package io.marketsync.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads, validates and compiles mapping files. Validation is the JSON Schema for structure, then the
 * compiler's own checks; duplicate keys and YAML syntax errors are caught while parsing. Every problem names
 * FILE:LINE:COLUMN and the key.
 */
public final class MappingLoader {

    private final Clock clock;

    /** @param clock the clock of {@code today}/{@code now} expressions */
    public MappingLoader(Clock clock) {
        this.clock = clock;
    }

    public MappingLoader() {
        this(Clock.systemUTC());
    }

    /**
     * Compiles a mapping file.
     *
     * @param file the file to read; problems name it as given
     * @param name the mapping's name in records and failures (its path relative to the mappings directory)
     * @throws MappingInvalidException listing every problem
     */
    public Mapping load(Path file, String name) {
        return compile(file, name, read(file));
    }

    /** Compiles a mapping file named by its own file name. */
    public Mapping load(Path file) {
        return load(file, file.getFileName().toString());
    }

    /** Compiles mapping text already read from {@code file}. */
    Mapping compile(Path file, String name, String text) {
        String shown = file.toString();
        YamlTree tree = YamlTree.parse(shown, text);
        List<MappingProblem> problems = new ArrayList<>(tree.problems());
        if (problems.isEmpty()) {
            problems.addAll(MappingSchema.check(tree, shown));
        }
        if (problems.isEmpty()) {
            MappingCompiler.Outcome outcome = MappingCompiler.compile(tree, shown, name, file, clock);
            if (outcome.mapping() != null) {
                return outcome.mapping();
            }
            problems.addAll(outcome.problems());
        }
        problems.sort(Comparator.comparingInt(MappingProblem::line).thenComparingInt(MappingProblem::column));
        throw new MappingInvalidException(problems);
    }

    /** The problems of one file, empty when it is valid. */
    public List<MappingProblem> validate(Path file) {
        try {
            load(file);
            return List.of();
        } catch (MappingInvalidException e) {
            return e.problems();
        } catch (UncheckedIOException e) {
            return List.of(new MappingProblem(
                    file.toString(), 1, 1, "cannot read: " + e.getCause().getMessage()));
        }
    }

    /** The problems of every {@code *.yaml}/{@code *.yml} file under {@code dir}, in path order. */
    public List<MappingProblem> validateDirectory(Path dir) {
        List<MappingProblem> problems = new ArrayList<>();
        for (Path file : mappingFiles(dir)) {
            problems.addAll(validate(file));
        }
        return problems;
    }

    /**
     * Compiles every mapping under {@code dir}, named by their path relative to it.
     *
     * @throws MappingInvalidException with the problems of all invalid files
     */
    public List<Mapping> loadDirectory(Path dir) {
        List<Mapping> mappings = new ArrayList<>();
        List<MappingProblem> problems = new ArrayList<>();
        for (Path file : mappingFiles(dir)) {
            try {
                mappings.add(load(file, nameIn(dir, file)));
            } catch (MappingInvalidException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new MappingInvalidException(problems);
        }
        return mappings;
    }

    /** Mapping files under {@code dir}, sorted; an absent directory has none. */
    public static List<Path> mappingFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        return n.endsWith(".yaml") || n.endsWith(".yml");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code aws/agreement.yaml} for {@code DIR/aws/agreement.yaml}, with '/' on every platform. */
    static String nameIn(Path dir, Path file) {
        return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
