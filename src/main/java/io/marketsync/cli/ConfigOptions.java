package io.marketsync.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by {@code run} and {@code sync}: where the configuration comes from. */
public final class ConfigOptions {

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Properties file (default: ./application.properties if present)")
    Path config;

    @Option(names = "--sandbox", description = "Start every simulator in-process and sync against them")
    boolean sandbox;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "With --sandbox: seed the simulators from DIR (layout in DESIGN.md)")
    Path data;

    @Option(names = "--routes", paramLabel = "DIR", description = "Routes directory (default: routes)")
    Path routes;

    @Option(names = "--mappings", paramLabel = "DIR", description = "Mappings directory (default: mappings)")
    Path mappings;
}
