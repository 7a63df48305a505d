package io.marketsync.sandbox;

import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * An HTTP server bound to 127.0.0.1 for the simulators. Handlers are JDK {@link HttpHandler}s registered by
 * path prefix; Jetty serves them (see {@link JettyHttpExchange}) because it sends response header names with
 * the exact case the handlers wrote, as Salesforce and AWS do. Requests run on a pool large enough that long
 * polls (CometD) do not block other calls.
 */
public final class LoopbackHttpServer implements AutoCloseable {

    private static final int MAX_THREADS = 200;
    // Long enough to hand over idle threads, short enough that close() interrupts held long polls promptly.
    private static final long STOP_TIMEOUT_MILLIS = 200;

    private final String name;
    private final Server server;
    private final ServerConnector connector;
    private final ContextRouter router = new ContextRouter();
    private final int port;

    /** Binds 127.0.0.1:{@code port} now ({@code 0}: a free port); requests are served after {@link #start()}. */
    public LoopbackHttpServer(String name, int port) {
        this.name = name;
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS);
        threads.setName(name + "-sim");
        threads.setDaemon(true);
        threads.setStopTimeout(STOP_TIMEOUT_MILLIS);
        this.server = new Server(threads, new ScheduledExecutorScheduler(name + "-sim-scheduler", true), null);
        this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(httpConfiguration()));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(router);
        try {
            connector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot bind the " + name + " simulator to 127.0.0.1:" + port, e);
        }
        this.port = connector.getLocalPort();
    }

    private static HttpConfiguration httpConfiguration() {
        HttpConfiguration config = new HttpConfiguration();
        // Salesforce and AWS do not announce Jetty.
        config.setSendServerVersion(false);
        // The JDK server handed every request target through as sent (Salesforce upserts by external id
        // carry %2F in the path); the handlers decide what is valid.
        config.setUriCompliance(UriCompliance.UNSAFE);
        return config;
    }

    /** Routes every request whose path starts with {@code pathPrefix} (the longest match wins) to {@code handler}. */
    public LoopbackHttpServer handle(String pathPrefix, HttpHandler handler) {
        router.add(new LoopbackHttpContext(pathPrefix, handler));
        return this;
    }

    public LoopbackHttpServer start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the " + name + " simulator", e);
        }
        return this;
    }

    public int port() {
        return port;
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Stops at once: open connections are closed and handlers still running are interrupted. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the " + name + " simulator", e);
        } finally {
            // Bound in the constructor, so a server that never started still holds the port.
            connector.close();
        }
    }
}
