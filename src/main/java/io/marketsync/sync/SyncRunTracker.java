package io.marketsync.sync;

import io.marketsync.state.RunCounts;
import io.marketsync.state.SyncRun;
import io.marketsync.state.SyncRuns;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.RouteAware;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.EventNotifierSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one sync run per poll of a polling route: started when the poll begins, fed with each page's
 * counts as its exchange completes, and ended (SUCCEEDED, PARTIAL or FAILED) when the poll ends.
 * Installed as the poll strategy of every scheduled poll consumer by {@link PollingConsumerSetup}.
 */
public final class SyncRunTracker extends EventNotifierSupport implements PollingConsumerPollStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(SyncRunTracker.class);

    private final SyncRuns runs;
    private final Map<String, ActiveRun> active = new ConcurrentHashMap<>();
    private final Map<String, Long> lastRun = new ConcurrentHashMap<>();

    public SyncRunTracker(SyncRuns runs) {
        this.runs = runs;
    }

    /** A run in progress: its id, counts so far and the first error. */
    private static final class ActiveRun {
        final long id;
        volatile RunCounts counts = RunCounts.ZERO;
        volatile String error;

        ActiveRun(long id) {
            this.id = id;
        }
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        String routeId = routeId(consumer);
        active.computeIfAbsent(routeId, id -> new ActiveRun(runs.start(id)));
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        ActiveRun run = active.remove(routeId(consumer));
        if (run != null) {
            String status =
                    run.error != null ? SyncRun.FAILED : run.counts.failed() > 0 ? SyncRun.PARTIAL : SyncRun.SUCCEEDED;
            finish(routeId(consumer), run, status, run.error);
        }
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        ActiveRun run = active.remove(routeId(consumer));
        if (run != null) {
            finish(routeId(consumer), run, SyncRun.FAILED, describe(cause));
        }
        return false;
    }

    private void finish(String routeId, ActiveRun run, String status, String error) {
        runs.finish(run.id, run.counts, status, error);
        lastRun.put(routeId, run.id);
        RunCounts c = run.counts;
        LOG.info(
                "Run of {} {}: read {}, created {}, updated {}, unchanged {}, failed {}, API calls {}{}",
                routeId,
                status,
                c.read(),
                c.created(),
                c.updated(),
                c.unchanged(),
                c.failed(),
                c.apiCalls(),
                error == null ? "" : " (" + error + ")");
    }

    /** The counts so far of the run in progress (for live progress). */
    public Optional<RunCounts> activeCounts(String routeId) {
        return Optional.ofNullable(active.get(routeId)).map(r -> r.counts);
    }

    /** The id of the last finished run of a route. */
    public Optional<Long> lastRun(String routeId) {
        return Optional.ofNullable(lastRun.get(routeId));
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeCompletedEvent
                || event instanceof CamelEvent.ExchangeFailedEvent
                || event instanceof CamelEvent.ExchangeCreatedEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        Exchange exchange = ((CamelEvent.ExchangeEvent) event).getExchange();
        String routeId = exchange.getFromRouteId();
        ActiveRun run = routeId == null ? null : active.get(routeId);
        if (run == null) {
            return;
        }
        if (event instanceof CamelEvent.ExchangeCreatedEvent) {
            exchange.setProperty(SyncHeaders.RUN_ID, run.id);
            return;
        }
        RunCounts page = exchange.getProperty(SyncHeaders.PAGE_COUNTS, RunCounts.class);
        if (page != null && exchange.getProperty(SyncHeaders.RUN_ID) != null) {
            exchange.removeProperty(SyncHeaders.RUN_ID); // count each page once, even if several events fire
            synchronized (run) {
                run.counts = run.counts.plus(page);
            }
        }
        if (event instanceof CamelEvent.ExchangeFailedEvent && run.error == null) {
            run.error = describe(exchange.getException());
        }
    }

    private static String routeId(Consumer consumer) {
        return consumer instanceof RouteAware aware && aware.getRoute() != null
                ? aware.getRoute().getRouteId()
                : consumer.getEndpoint().getEndpointKey();
    }

    private static String describe(Throwable cause) {
        if (cause == null) {
            return "failed";
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
