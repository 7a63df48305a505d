package io.marketsync.aws;

import io.marketsync.state.Watermarks;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Watermarks kept for the life of the Camel context, for when no {@code StateStore} is bound. */
final class InMemoryWatermarks implements Watermarks {

    private final Map<String, String> values = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String routeId) {
        return Optional.ofNullable(values.get(routeId));
    }

    @Override
    public void set(String routeId, String value) {
        values.put(routeId, value);
    }

    @Override
    public void reset(String routeId) {
        values.remove(routeId);
    }
}
