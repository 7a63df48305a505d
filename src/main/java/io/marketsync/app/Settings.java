package io.marketsync.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * MarketSync's configuration, in layers: built-in defaults ({@code marketsync-defaults.properties}),
 * then the properties file, then environment variables, then values set by the command line.
 */
public final class Settings {

    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(secret|password|token|credential|key).*");

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = values;
    }

    /** Defaults, then {@code configFile} (or {@code ./application.properties} if present), then the environment. */
    public static Settings load(Optional<Path> configFile, Map<String, String> environment) {
        Map<String, String> values = new LinkedHashMap<>(readDefaults());
        Optional<Path> file = configFile.or(
                () -> Optional.of(Path.of("application.properties")).filter(Files::isRegularFile));
        if (configFile.isPresent() && !Files.isRegularFile(configFile.get())) {
            throw new IllegalArgumentException("Configuration file not found: " + configFile.get());
        }
        file.ifPresent(f -> values.putAll(read(f)));
        for (String key : values.keySet().toArray(String[]::new)) {
            String fromEnv = environment.get(envName(key));
            if (fromEnv != null) {
                values.put(key, fromEnv);
            }
        }
        return new Settings(values);
    }

    public static Settings defaults() {
        return new Settings(new LinkedHashMap<>(readDefaults()));
    }

    /** The environment variable that overrides a key: {@code marketsync.db.url -> MARKETSYNC_DB_URL}. */
    public static String envName(String key) {
        return key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** A copy with more values on top (sandbox endpoints, command-line options). */
    public Settings with(Map<String, String> overrides) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.putAll(overrides);
        return new Settings(copy);
    }

    public Settings with(String key, String value) {
        return with(Map.of(key, value));
    }

    public String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("No setting named " + key);
        }
        return value;
    }

    public Optional<String> find(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    public Path path(String key) {
        return Path.of(get(key));
    }

    public int integer(String key) {
        return parse(key, Integer::parseInt);
    }

    public double decimal(String key) {
        return parse(key, Double::parseDouble);
    }

    public Duration duration(String key) {
        return parse(key, Duration::parse);
    }

    private <T> T parse(String key, java.util.function.Function<String, T> parser) {
        String raw = get(key).trim();
        try {
            return parser.apply(raw);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Setting " + key + " has an invalid value: " + display(key, raw));
        }
    }

    /** Every value, for Camel's properties component. */
    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(values);
    }

    public Properties asProperties() {
        Properties properties = new Properties();
        values.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                properties.setProperty(k, v);
            }
        });
        return properties;
    }

    /** A value safe to print: secrets are masked. */
    public static String display(String key, String value) {
        return SECRET_KEY.matcher(key).matches() && value != null && !value.isEmpty() ? "******" : value;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        values.forEach((k, v) -> out.append(k).append('=').append(display(k, v)).append('\n'));
        return out.toString();
    }

    private static Map<String, String> readDefaults() {
        try (InputStream in = Settings.class.getResourceAsStream("/marketsync-defaults.properties")) {
            if (in == null) {
                throw new IllegalStateException("marketsync-defaults.properties is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return ordered(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.load(in);
            return ordered(properties);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read configuration file " + file, e);
        }
    }

    private static Map<String, String> ordered(Properties properties) {
        Map<String, String> map = new java.util.TreeMap<>();
        properties
                .stringPropertyNames()
                .forEach(k -> map.put(k, properties.getProperty(k).trim()));
        return map;
    }
}
