package io.marketsync.cli;

import io.marketsync.app.MarketSyncApp;
import io.marketsync.state.RunCounts;
import java.io.PrintWriter;
import org.apache.camel.Route;

/**
 * While {@code sync --once} runs on a terminal, rewrites one status line every half second with the
 * route being synced and its counts so far. Silent when output is not a terminal.
 */
final class LiveProgress implements AutoCloseable {

    private final Thread thread;
    private final PrintWriter out;

    private LiveProgress(Thread thread, PrintWriter out) {
        this.thread = thread;
        this.out = out;
    }

    static LiveProgress startIfTerminal(MarketSyncApp app, PrintWriter out) {
        if (System.console() == null) {
            return new LiveProgress(null, out);
        }
        Thread thread = new Thread(
                () -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        for (Route route : app.context().getRoutes()) {
                            app.tracker()
                                    .activeCounts(route.getRouteId())
                                    .ifPresent(c -> show(out, route.getRouteId(), c));
                        }
                        try {
                            Thread.sleep(500);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "marketsync-progress");
        thread.setDaemon(true);
        thread.start();
        return new LiveProgress(thread, out);
    }

    private static void show(PrintWriter out, String routeId, RunCounts c) {
        out.printf(
                "\r\u001b[2K%s: read %d, created %d, updated %d, unchanged %d, failed %d, API calls %d",
                routeId, c.read(), c.created(), c.updated(), c.unchanged(), c.failed(), c.apiCalls());
        out.flush();
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.interrupt();
            out.print("\r\u001b[2K");
            out.flush();
        }
    }
}
