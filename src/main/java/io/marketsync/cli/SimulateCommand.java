package io.marketsync.cli;

import io.marketsync.sandbox.Sandbox;
import io.marketsync.sandbox.Simulator;
import io.marketsync.sandbox.SimulatorOptions;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code simulate}: every simulator on 127.0.0.1 until stopped. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = "Run every simulator on 127.0.0.1 until stopped")
final class SimulateCommand implements Callable<Integer> {

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8090",
            description = "Salesforce simulator port; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Seed the simulators from DIR (layout in DESIGN.md); generated sample data otherwise")
    Path data;

    @Option(
            names = "--config-out",
            paramLabel = "FILE",
            description = "Write a properties file pointing MarketSync at the simulators")
    Path configOut;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        try (Sandbox sandbox = Sandbox.start(new SimulatorOptions(port, Optional.ofNullable(data)))) {
            var out = spec.commandLine().getOut();
            for (Simulator simulator : sandbox.simulators()) {
                out.println(simulator.describe());
            }
            if (configOut != null) {
                sandbox.writeConfig(configOut);
                out.println("Configuration written to " + configOut + " (use: marketsync sync --once --config "
                        + configOut + ")");
            }
            out.println("Simulators running; press Ctrl+C to stop.");
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return ExitCodes.OK;
    }
}
