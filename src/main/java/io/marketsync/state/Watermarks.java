package io.marketsync.state;

import java.util.Optional;

/** One opaque watermark per route (a timestamp, token or id the route's consumer understands). */
public interface Watermarks {

    Optional<String> get(String routeId);

    void set(String routeId, String value);

    void reset(String routeId);
}
