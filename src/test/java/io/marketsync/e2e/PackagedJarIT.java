package io.marketsync.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar driven as a user drives it: separate processes, exit codes and printed output. */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "marketsync.jar");

    @TempDir
    Path dir;

    /** A finished command: exit code and what it printed. */
    record Result(int exitCode, String out, String err) {}

    private Process start(Path workDir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        // Each test keeps its state (H2 file, key file) to itself, never in the checkout's ./data.
        builder.environment().put("MARKETSYNC_DATA_DIR", dir.resolve("data").toString());
        return builder.start();
    }

    private Result run(Path workDir, String... args) throws Exception {
        Process process = start(workDir, args);
        process.getOutputStream().close();
        StringBuilder err = new StringBuilder();
        Thread errReader = drain(process.getErrorStream(), err);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
        errReader.join();
        return new Result(process.exitValue(), out, err.toString());
    }

    private static Thread drain(java.io.InputStream stream, StringBuilder into) {
        Thread thread = new Thread(() -> {
            try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                char[] buf = new char[4096];
                for (int n; (n = in.read(buf)) > 0; ) {
                    synchronized (into) {
                        into.append(buf, 0, n);
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        thread.start();
        return thread;
    }

    /** Reads lines of a running process into a list, so a test can wait for one. */
    private static List<String> follow(java.io.InputStream stream) {
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread thread = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        thread.setDaemon(true);
        thread.start();
        return lines;
    }

    private static void await(List<String> lines, String contains, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (lines.stream().noneMatch(l -> l.contains(contains))) {
            assertThat(process.isAlive())
                    .as("process still running, output so far: " + lines)
                    .isTrue();
            assertThat(System.nanoTime())
                    .as("waited for '" + contains + "', output: " + lines)
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private Path copyProject() throws IOException {
        Path copy = dir.resolve("project");
        for (String part : List.of("routes", "mappings", "salesforce")) {
            Path from = Path.of(part);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(file.toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
        }
        return copy;
    }

    @Test
    void validatePassesOnTheRepository() throws Exception {
        Result result = run(Path.of("").toAbsolutePath(), "validate");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).startsWith("OK: ");
    }

    @Test
    void validateNamesFileLineAndColumnOfABrokenMapping() throws Exception {
        Path project = copyProject();
        Path mapping = project.resolve("mappings/aws/agreement.yaml");
        Files.writeString(
                mapping,
                Files.readString(mapping)
                        .replace(
                                "Start_Date__c: { from: startTime, type: date }",
                                "Start_Date__c: { from: startTime, type: dat }"));
        Result result = run(project, "validate");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).containsPattern("mappings/aws/agreement\\.yaml:\\d+:\\d+: .*type");
    }

    @Test
    void mapPrintsTheSalesforceRecordsOfAShippedMapping() throws Exception {
        Result result = run(
                Path.of("").toAbsolutePath(),
                "map",
                "--mapping",
                "mappings/aws/offer.yaml",
                "--input",
                "mappings/aws/examples/offers-page.json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode records = new ObjectMapper().readTree(result.out());
        assertThat(records).hasSize(1);
        assertThat(records.get(0).at("/attributes/type").asText()).isEqualTo("Marketplace_Offer__c");
        JsonNode offer = records.get(0);
        assertThat(offer.get("Offer_Id__c").asText()).isEqualTo("offer-h3n8vb2ylq0tc");
        assertThat(offer.get("Offer_Type__c").asText()).isEqualTo("Private");
        assertThat(offer.get("Targeted_Buyers__c").asText()).isEqualTo("402918375564");
        assertThat(offer.get("Duration_Months__c").asInt()).isEqualTo(24);
        assertThat(offer.get("Availability_End__c").asText()).isEqualTo("2025-12-31");
        assertThat(offer.at("/Listing__r/Listing_Id__c").asText()).isEqualTo("prod-q7x2kd9w1mz4p");
    }

    @Test
    void aNewUserSimulatesWithTheirOwnDataSyncsAndQueries() throws Exception {
        Path data = Path.of("src/test/resources/new-user-data").toAbsolutePath();
        Path config = dir.resolve("sim.properties");
        Process simulate = start(
                Path.of("").toAbsolutePath(),
                "simulate",
                "--port",
                "0",
                "--data",
                data.toString(),
                "--config-out",
                config.toString());
        try {
            List<String> lines = follow(simulate.getInputStream());
            follow(simulate.getErrorStream());
            await(lines, "Simulators running", simulate);

            Result sync = run(Path.of("").toAbsolutePath(), "sync", "--once", "--config", config.toString());
            assertThat(sync.exitCode()).as(sync.out() + sync.err()).isZero();
            assertThat(sync.out()).contains("ROUTE").contains("aws-agreements").contains("TOTAL");

            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(config)) {
                properties.load(in);
            }
            Map<String, String> props = new java.util.HashMap<>();
            properties.stringPropertyNames().forEach(k -> props.put(k, properties.getProperty(k)));
            SalesforceSoql soql = new SalesforceSoql(props);
            List<JsonNode> agreements = soql.query(
                    "SELECT Agreement_Id__c, Status__c, Buyer_Account__r.AWS_Account_Id__c FROM Marketplace_Agreement__c"
                            + " ORDER BY Agreement_Id__c");
            assertThat(agreements)
                    .extracting(a -> a.get("Agreement_Id__c").asText())
                    .containsExactly("agmt-3f8n1p6q9w2k5m7x0c4v8b1z6", "agmt-7kq2m9x4d1w8p3n6b5v0c2z7r");
            assertThat(agreements
                            .get(1)
                            .at("/Buyer_Account__r/AWS_Account_Id__c")
                            .asText())
                    .isEqualTo("402918375564");
            assertThat(soql.query("SELECT Offer_Id__c FROM Marketplace_Offer__c"))
                    .hasSize(2);
            assertThat(
                            soql.query(
                                    "SELECT Listing_Id__c FROM Marketplace_Listing__c WHERE Listing_Id__c = 'prod-q7x2kd9w1mz4p'"))
                    .hasSize(1);
        } finally {
            simulate.destroy();
            simulate.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void runWithTheSandboxSyncsEveryRouteAndStopsCleanly() throws Exception {
        Process run = start(Path.of("").toAbsolutePath(), "run", "--sandbox");
        try {
            follow(run.getInputStream());
            List<String> log = follow(run.getErrorStream());
            for (String route : List.of("aws-products", "aws-resale-authorizations", "aws-offers", "aws-agreements")) {
                await(log, "Run of " + route + " SUCCEEDED", run);
            }
            assertThat(log).noneMatch(l -> l.contains(" ERROR "));
        } finally {
            run.destroy();
            assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }
}
