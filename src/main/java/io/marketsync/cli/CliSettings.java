package io.marketsync.cli;

import io.marketsync.app.Settings;
import java.nio.file.Path;
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

    /** With {@code --sandbox}: present, holding the {@code --data} directory if one was given. */
    static Optional<Optional<Path>> sandbox(ConfigOptions options) {
        if (options.data != null && !options.sandbox) {
            throw new IllegalArgumentException("--data seeds the simulators and needs --sandbox");
        }
        return options.sandbox ? Optional.of(Optional.ofNullable(options.data)) : Optional.empty();
    }
}
