package io.marketsync.sandbox;

/**
 * Starts one simulator. Implementations are listed in
 * {@code META-INF/services/io.marketsync.sandbox.SimulatorFactory}; each cloud adds its own.
 */
public interface SimulatorFactory {

    /** Short name: "salesforce", "aws", "azure", "gcp". */
    String name();

    /** Starts the simulator with the given options. */
    Simulator start(SimulatorOptions options) throws Exception;
}
