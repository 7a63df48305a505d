package io.marketsync.cli;

import io.marketsync.state.RunCounts;
import io.marketsync.state.SyncRun;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/** The table {@code sync --once} ends with: one row per route run. */
final class SummaryTable {

    private static final String FORMAT = "%-32s %8s %8s %8s %10s %7s %10s %8s  %s%n";

    private SummaryTable() {}

    static void print(List<SyncRun> runs, PrintWriter out) {
        out.printf(
                FORMAT, "ROUTE", "READ", "CREATED", "UPDATED", "UNCHANGED", "FAILED", "SF CALLS", "SECONDS", "STATUS");
        RunCounts total = RunCounts.ZERO;
        double seconds = 0;
        for (SyncRun run : runs) {
            RunCounts c = run.counts();
            double s = run.ended() == null
                    ? 0
                    : Duration.between(run.started(), run.ended()).toMillis() / 1000.0;
            out.printf(
                    FORMAT,
                    run.routeId(),
                    c.read(),
                    c.created(),
                    c.updated(),
                    c.unchanged(),
                    c.failed(),
                    c.apiCalls(),
                    String.format("%.1f", s),
                    run.status() + (run.error() == null ? "" : " " + run.error()));
            total = total.plus(c);
            seconds += s;
        }
        out.printf(
                FORMAT,
                "TOTAL",
                total.read(),
                total.created(),
                total.updated(),
                total.unchanged(),
                total.failed(),
                total.apiCalls(),
                String.format("%.1f", seconds),
                "");
    }
}
