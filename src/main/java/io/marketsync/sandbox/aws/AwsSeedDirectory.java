package io.marketsync.sandbox.aws;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketsync.sandbox.SimHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads {@code DIR/aws} in the layout of DESIGN.md: {@code catalog/entities/*.json} are DescribeEntity
 * responses, {@code agreements/NAME.json} DescribeAgreement responses and {@code agreements/NAME.terms.json}
 * the GetAgreementTerms response of {@code NAME}, all as the real APIs return them.
 */
final class AwsSeedDirectory {

    private static final String TERMS_SUFFIX = ".terms.json";

    private AwsSeedDirectory() {}

    static void load(Path awsDir, AwsMarketplaceState state) {
        for (Path file : jsonFiles(awsDir.resolve("catalog/entities"))) {
            try {
                state.putEntity(read(file));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + ": not a DescribeEntity response: " + e.getMessage(), e);
            }
        }
        for (Path file : jsonFiles(awsDir.resolve("agreements"))) {
            String name = file.getFileName().toString();
            if (name.endsWith(TERMS_SUFFIX)) {
                continue;
            }
            Path termsFile = file.resolveSibling(name.substring(0, name.length() - ".json".length()) + TERMS_SUFFIX);
            List<JsonNode> terms = new ArrayList<>();
            if (Files.isRegularFile(termsFile)) {
                read(termsFile).path("acceptedTerms").forEach(terms::add);
            }
            try {
                state.putAgreement(read(file), terms);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + ": not a DescribeAgreement response: " + e.getMessage(), e);
            }
        }
    }

    private static List<Path> jsonFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return SimHttp.JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
