package io.marketsync.cli;

import io.marketsync.app.Settings;
import io.marketsync.sandbox.SimulatorOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Settings for a command: defaults, file, environment, then the command's own options. */
final class CliSettings {

    private CliSettings() {}

    static Settings load(ConfigOptions options) {
        Map<String, String> overrides = new LinkedHashMap<>();
        if (options.routes != null) {
            overrides.put("marketsync.routes.dir", options.routes.toString());
        }
        if (options.mappings != null) {
            overrides.put("marketsync.mappings.dir", options.mappings.toString());
        }
        return Settings.load(Optional.ofNullable(options.config), System.getenv())
                .with(overrides);
    }

    /** With {@code --sandbox}: the simulators to start, seeded from {@code --data} when given. */
    static Optional<SimulatorOptions> sandbox(ConfigOptions options) {
        if (options.data != null && !options.sandbox) {
            throw new IllegalArgumentException("--data seeds the simulators and needs --sandbox");
        }
        return options.sandbox
                ? Optional.of(new SimulatorOptions(0, Optional.ofNullable(options.data)))
                : Optional.empty();
    }
}
