package io.marketsync.aws.client;

import io.marketsync.sandbox.SimulatorOptions;
import io.marketsync.sandbox.aws.SimulatedAwsMarketplace;
import java.util.HashMap;
import java.util.Map;

/** The AWS Marketplace simulator on a free loopback port, and the properties pointing clients at it. */
public final class SimulatedAws implements AutoCloseable {

    private final SimulatedAwsMarketplace simulator;

    public SimulatedAws() throws Exception {
        simulator = SimulatedAwsMarketplace.start(SimulatorOptions.freePort());
    }

    public SimulatedAwsMarketplace simulator() {
        return simulator;
    }

    /** The simulator's client properties, with backoff short enough for tests. */
    public Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>(simulator.clientProperties());
        properties.put("marketsync.aws.retry.base-delay-ms", "1");
        properties.put("marketsync.aws.retry.max-delay-ms", "5");
        return properties;
    }

    public AwsClients clients() {
        return AwsClients.fromProperties(properties());
    }

    @Override
    public void close() {
        simulator.close();
    }
}
