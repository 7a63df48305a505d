package io.marketsync.cli;

import io.marketsync.app.InvalidProjectException;
import io.marketsync.app.MarketSyncApp;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code run}: every route on its schedule and events, until stopped; a first pass runs at start. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run every route until stopped")
final class RunCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch stopped = new CountDownLatch(1);
        try (MarketSyncApp app = MarketSyncApp.start(CliSettings.load(config), CliSettings.sandbox(config))) {
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                app.close();
                                stopped.countDown();
                            },
                            "marketsync-shutdown"));
            Thread first = new Thread(
                    () -> {
                        app.syncOnce(List.of());
                        app.startSchedules();
                    },
                    "marketsync-initial-sync");
            first.start();
            stopped.await();
        } catch (InvalidProjectException e) {
            e.problems().forEach(err::println);
            return ExitCodes.FATAL;
        }
        return ExitCodes.OK;
    }
}
