package io.marketsync.sandbox;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to start a simulator.
 *
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param dataDir the {@code simulate --data} directory, in the layout of DESIGN.md; empty for generated sample data
 */
public record SimulatorOptions(int port, Optional<Path> dataDir) {

    public static SimulatorOptions freePort() {
        return new SimulatorOptions(0, Optional.empty());
    }

    public SimulatorOptions withPort(int newPort) {
        return new SimulatorOptions(newPort, dataDir);
    }

    /** The sub-directory for one cloud ({@code DIR/aws}, {@code DIR/salesforce}), if it exists. */
    public Optional<Path> dataDir(String cloud) {
        return dataDir.map(d -> d.resolve(cloud)).filter(java.nio.file.Files::isDirectory);
    }
}
