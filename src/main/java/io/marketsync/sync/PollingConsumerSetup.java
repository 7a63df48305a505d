package io.marketsync.sync;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.Service;
import org.apache.camel.support.LifecycleStrategySupport;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * Gives every polling route (a route fed by a scheduled poll consumer) the run tracker as its poll
 * strategy, so each poll is recorded as a sync run. The consumers' own schedulers are not started with
 * the route: {@code sync --once} polls each route itself, and {@code run} starts the schedules after its
 * first pass.
 */
public final class PollingConsumerSetup extends LifecycleStrategySupport {

    private final SyncRunTracker tracker;

    public PollingConsumerSetup(SyncRunTracker tracker) {
        this.tracker = tracker;
    }

    @Override
    public void onServiceAdd(CamelContext context, Service service, Route route) {
        // Called for each of a route's services before they start: the consumer is one of them.
        if (service instanceof ScheduledPollConsumer consumer && route != null && consumer == route.getConsumer()) {
            consumer.setPollStrategy(tracker);
            consumer.setStartScheduler(false);
        }
    }

    /** Whether a route is fed by a scheduled poll consumer. */
    public static boolean isPolling(Route route) {
        return route.getConsumer() instanceof ScheduledPollConsumer;
    }
}
