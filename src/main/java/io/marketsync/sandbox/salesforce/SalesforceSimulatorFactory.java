package io.marketsync.sandbox.salesforce;

import io.marketsync.sandbox.Simulator;
import io.marketsync.sandbox.SimulatorFactory;
import io.marketsync.sandbox.SimulatorOptions;
import java.nio.file.Path;
import java.util.Optional;

/** Starts the simulated Salesforce org for {@code simulate} and {@code --sandbox}. */
public final class SalesforceSimulatorFactory implements SimulatorFactory {

    @Override
    public String name() {
        return SimulatedSalesforce.NAME;
    }

    @Override
    public Simulator start(SimulatorOptions options) {
        Optional<Path> data = options.dataDir(SimulatedSalesforce.NAME);
        SimulatedSalesforce.Builder builder = SimulatedSalesforce.builder().port(options.port());
        data.ifPresentOrElse(builder::seedFrom, () -> builder.sampleData(true));
        return builder.start();
    }
}
