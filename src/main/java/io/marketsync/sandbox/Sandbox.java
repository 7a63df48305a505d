package io.marketsync.sandbox;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Every registered simulator, started together: what {@code simulate} runs and what {@code --sandbox}
 * runs in-process. Simulators register through {@code META-INF/services/io.marketsync.sandbox.SimulatorFactory}.
 */
public final class Sandbox implements AutoCloseable {

    private final List<Simulator> simulators;

    private Sandbox(List<Simulator> simulators) {
        this.simulators = simulators;
    }

    /** The registered factories, ordered by name with Salesforce first (it takes {@code --port}). */
    public static List<SimulatorFactory> factories() {
        List<SimulatorFactory> factories = new ArrayList<>();
        ServiceLoader.load(SimulatorFactory.class).forEach(factories::add);
        factories.sort((a, b) -> {
            boolean sa = "salesforce".equals(a.name());
            boolean sb = "salesforce".equals(b.name());
            return sa == sb ? a.name().compareTo(b.name()) : sa ? -1 : 1;
        });
        return factories;
    }

    /**
     * Starts every simulator. The first (Salesforce) binds {@code options.port()}; the others take free
     * ports, so one known port is enough to reach the org.
     */
    public static Sandbox start(SimulatorOptions options) throws Exception {
        List<Simulator> started = new ArrayList<>();
        try {
            for (SimulatorFactory factory : factories()) {
                SimulatorOptions own = started.isEmpty() ? options : options.withPort(0);
                started.add(factory.start(own));
            }
        } catch (Exception e) {
            started.forEach(Simulator::close);
            throw e;
        }
        return new Sandbox(List.copyOf(started));
    }

    public List<Simulator> simulators() {
        return simulators;
    }

    /** The properties that point MarketSync at every simulator. */
    public Map<String, String> clientProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        simulators.forEach(s -> properties.putAll(s.clientProperties()));
        return properties;
    }

    /** Writes {@link #clientProperties()} as a properties file, readable only by its owner where possible. */
    public void writeConfig(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# Points MarketSync at the simulators started by `marketsync simulate`.\n");
            out.write("# Sandbox credentials only: they are valid for this simulator run and nowhere else.\n");
            for (Map.Entry<String, String> e : new TreeMap<>(clientProperties()).entrySet()) {
                out.write(e.getKey() + "=" + e.getValue().replace("\\", "\\\\") + "\n");
            }
        }
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Override
    public void close() {
        simulators.forEach(Simulator::close);
    }
}
