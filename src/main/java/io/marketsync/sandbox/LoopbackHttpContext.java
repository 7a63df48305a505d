package io.marketsync.sandbox;

import com.sun.net.httpserver.Authenticator;
import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** One path prefix of a {@link LoopbackHttpServer} and its handler, as {@code HttpExchange.getHttpContext()} shows it. */
final class LoopbackHttpContext extends HttpContext {

    private final String path;
    private final HttpHandler handler;
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();

    LoopbackHttpContext(String path, HttpHandler handler) {
        this.path = Objects.requireNonNull(path, "path");
        this.handler = Objects.requireNonNull(handler, "handler");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("Context path must start with '/': " + path);
        }
    }

    @Override
    public HttpHandler getHandler() {
        return handler;
    }

    /** As in the JDK, a context's handler is set once; these contexts get theirs when created. */
    @Override
    public void setHandler(HttpHandler handler) {
        Objects.requireNonNull(handler, "handler");
        throw new IllegalArgumentException("handler already set");
    }

    @Override
    public String getPath() {
        return path;
    }

    /** Null: Jetty serves this context, not a {@code com.sun.net.httpserver.HttpServer}. */
    @Override
    public HttpServer getServer() {
        return null;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return attributes;
    }

    /** No filters run in front of the simulators' handlers; the list is empty and read-only. */
    @Override
    public List<Filter> getFilters() {
        return List.of();
    }

    /**
     * Keeps nothing and returns null (no previous authenticator): the server authenticates no request, the
     * simulators check credentials themselves.
     */
    @Override
    public Authenticator setAuthenticator(Authenticator authenticator) {
        return null;
    }

    @Override
    public Authenticator getAuthenticator() {
        return null;
    }
}
