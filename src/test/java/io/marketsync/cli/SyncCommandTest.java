package io.marketsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code sync --once} in-process against the sandbox: the summary table and the exit codes. */
class SyncCommandTest {

    private static String row(String out, String routeId) {
        return out.lines().filter(l -> l.startsWith(routeId + " ")).findFirst().orElseThrow();
    }

    @Test
    void everyRouteSucceedsOnTheSampleDataAndTheTableSaysSo() {
        CommandLineRunner run = new CommandLineRunner("sync", "--once", "--sandbox");

        assertThat(run.exitCode).as(run.out() + run.err()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow())
                .containsSubsequence(
                        "ROUTE", "READ", "CREATED", "UPDATED", "UNCHANGED", "FAILED", "SF CALLS", "SECONDS");
        assertThat(row(run.out(), "aws-products"))
                .matches("aws-products +3 +3 +0 +0 +0 +[1-9]\\d* +[\\d.]+ +SUCCEEDED");
        assertThat(row(run.out(), "TOTAL")).isNotBlank();
    }

    @Test
    void recordsSalesforceRefusesMakeTheExitCodeTwo() {
        // This data set holds an agreement whose offer is not in the catalog: its Offer__r lookup is refused.
        Path data = Path.of("src/test/resources/sandbox/aws/data");
        CommandLineRunner run = new CommandLineRunner(
                "sync",
                "--once",
                "--sandbox",
                "--data",
                data.toString(),
                "aws-products",
                "aws-offers",
                "aws-agreements");

        assertThat(run.exitCode).as(run.out() + run.err()).isEqualTo(2);
        assertThat(row(run.out(), "aws-agreements")).contains("PARTIAL").matches(".* +1 +[\\d]+ +[\\d.]+ +PARTIAL");
        assertThat(run.out()).doesNotContain("aws-resale-authorizations");
    }

    @Test
    void anUnknownRouteIsAFatalError() {
        CommandLineRunner run = new CommandLineRunner("sync", "--once", "--sandbox", "aws-nothing");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err()).contains("No polling route with id aws-nothing");
    }

    @Test
    void dataWithoutSandboxIsRefused() {
        CommandLineRunner run = new CommandLineRunner("sync", "--once", "--data", "somewhere");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.err()).contains("--data seeds the simulators and needs --sandbox");
    }
}
