package io.marketsync.sync;

import io.marketsync.state.SyncRun;
import io.marketsync.state.SyncRuns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * Polls polling routes once each, in order, and returns their sync runs: {@code sync --once}, and the
 * first pass of {@code run} so a new deployment doesn't wait for the first cron tick.
 */
public final class SyncOnce {

    private final CamelContext context;
    private final SyncRunTracker tracker;
    private final SyncRuns runs;

    public SyncOnce(CamelContext context, SyncRunTracker tracker, SyncRuns runs) {
        this.context = context;
        this.tracker = tracker;
        this.runs = runs;
    }

    /** The polling routes, all of them when {@code routeIds} is empty; unknown ids are an error. */
    public List<Route> select(List<String> routeIds) {
        List<Route> polling = context.getRoutes().stream()
                .filter(PollingConsumerSetup::isPolling)
                .toList();
        if (routeIds.isEmpty()) {
            return polling;
        }
        List<Route> selected = new ArrayList<>();
        for (String id : routeIds) {
            Route route = context.getRoute(id);
            if (route == null || !PollingConsumerSetup.isPolling(route)) {
                throw new IllegalArgumentException("No polling route with id " + id + "; polling routes: "
                        + polling.stream().map(Route::getRouteId).toList());
            }
            selected.add(route);
        }
        return selected;
    }

    /** Polls each route once, synchronously, and returns the recorded runs in the same order. */
    public List<SyncRun> pollOnce(List<Route> routes) {
        List<SyncRun> result = new ArrayList<>();
        for (Route route : routes) {
            ScheduledPollConsumer consumer = (ScheduledPollConsumer) route.getConsumer();
            Optional<Long> before = tracker.lastRun(route.getRouteId());
            consumer.run();
            tracker.lastRun(route.getRouteId())
                    .filter(id -> before.isEmpty() || !before.get().equals(id))
                    .flatMap(runs::get)
                    .ifPresent(result::add);
        }
        return result;
    }

    /** Starts the consumers' own schedulers after a first manual pass ({@code run}). */
    public void startSchedulers(List<Route> routes) {
        for (Route route : routes) {
            ScheduledPollConsumer consumer = (ScheduledPollConsumer) route.getConsumer();
            if (!consumer.isSchedulerStarted()) {
                consumer.startScheduler();
            }
        }
    }
}
