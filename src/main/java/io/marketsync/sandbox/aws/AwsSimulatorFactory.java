package io.marketsync.sandbox.aws;

import io.marketsync.sandbox.Simulator;
import io.marketsync.sandbox.SimulatorFactory;
import io.marketsync.sandbox.SimulatorOptions;

/** Starts the {@link SimulatedAwsMarketplace} for {@code simulate} and {@code --sandbox} runs. */
public final class AwsSimulatorFactory implements SimulatorFactory {

    static final String NAME = "aws";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Simulator start(SimulatorOptions options) throws Exception {
        return SimulatedAwsMarketplace.start(options);
    }
}
