package io.marketsync.cli;

import io.marketsync.app.InvalidProjectException;
import io.marketsync.app.MarketSyncApp;
import io.marketsync.state.SyncRun;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sync --once}: every polling route (or the named ones) once, then the summary table. */
@Command(name = "sync", mixinStandardHelpOptions = true, description = "Run polling routes once and print a summary")
final class SyncCommand implements Callable<Integer> {

    @Option(names = "--once", required = true, description = "Poll each route once, then exit")
    boolean once;

    @Mixin
    ConfigOptions config;

    @Parameters(paramLabel = "ROUTE_ID", arity = "0..*", description = "Routes to run (default: every polling route)")
    List<String> routeIds = new ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (MarketSyncApp app = MarketSyncApp.start(CliSettings.load(config), CliSettings.sandbox(config))) {
            List<SyncRun> runs;
            try (LiveProgress progress = LiveProgress.startIfTerminal(app, err)) {
                runs = app.syncOnce(routeIds);
            }
            SummaryTable.print(runs, out);
            out.flush();
            if (runs.stream().anyMatch(r -> SyncRun.FAILED.equals(r.status()))) {
                return ExitCodes.FATAL;
            }
            return runs.stream().anyMatch(r -> r.counts().failed() > 0) ? ExitCodes.RECORDS_FAILED : ExitCodes.OK;
        } catch (InvalidProjectException e) {
            e.problems().forEach(err::println);
            return ExitCodes.FATAL;
        }
    }
}
