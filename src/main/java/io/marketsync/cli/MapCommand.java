package io.marketsync.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.marketsync.mapping.Mapping;
import io.marketsync.mapping.MappingEngine;
import io.marketsync.mapping.MappingFailure;
import io.marketsync.mapping.MappingInvalidException;
import io.marketsync.mapping.MappingResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code map}: a dry run of one mapping over JSON files; prints the Salesforce records as a JSON array. */
@Command(
        name = "map",
        mixinStandardHelpOptions = true,
        description = "Apply a mapping to JSON files and print the Salesforce records")
final class MapCommand implements Callable<Integer> {

    @Option(names = "--mapping", paramLabel = "FILE", required = true, description = "Mapping file")
    Path mapping;

    @Option(
            names = "--input",
            paramLabel = "FILE",
            required = true,
            description = "JSON input: one record, a list, or a page")
    List<Path> inputs;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MappingEngine engine = new MappingEngine();
        Mapping loaded;
        try {
            loaded = engine.load(mapping);
        } catch (MappingInvalidException e) {
            err.println(e.getMessage());
            return ExitCodes.FATAL;
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        List<Map<String, Object>> records = new ArrayList<>();
        List<MappingFailure> failures = new ArrayList<>();
        for (Path input : inputs) {
            JsonNode node = json.readTree(input.toFile());
            MappingResult result = engine.map(loaded, node);
            records.addAll(result.salesforceRecords());
            failures.addAll(result.failures());
        }
        out.println(json.writeValueAsString(records));
        failures.forEach(f -> err.println("not mapped: " + f.sourceKey() + ": " + f.reason()));
        out.flush();
        return failures.isEmpty() ? ExitCodes.OK : ExitCodes.RECORDS_FAILED;
    }
}
