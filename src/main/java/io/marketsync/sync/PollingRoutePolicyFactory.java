package io.marketsync.sync;

import org.apache.camel.CamelContext;
import org.apache.camel.NamedNode;
import org.apache.camel.Route;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.support.RoutePolicySupport;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * Gives every polling route (a route fed by a scheduled poll consumer) the run tracker as its poll
 * strategy, so each poll is recorded as a sync run. With {@code manualPolling} the consumers' own
 * schedulers are not started: {@code sync --once} polls each route itself.
 */
public final class PollingRoutePolicyFactory implements RoutePolicyFactory {

    private final SyncRunTracker tracker;
    private final boolean manualPolling;

    public PollingRoutePolicyFactory(SyncRunTracker tracker, boolean manualPolling) {
        this.tracker = tracker;
        this.manualPolling = manualPolling;
    }

    @Override
    public RoutePolicy createRoutePolicy(CamelContext camelContext, String routeId, NamedNode route) {
        return new RoutePolicySupport() {
            @Override
            public void onInit(Route route) {
                if (route.getConsumer() instanceof ScheduledPollConsumer consumer) {
                    consumer.setPollStrategy(tracker);
                    if (manualPolling) {
                        consumer.setStartScheduler(false);
                    }
                }
            }
        };
    }

    /** Whether a route is fed by a scheduled poll consumer. */
    public static boolean isPolling(Route route) {
        return route.getConsumer() instanceof ScheduledPollConsumer;
    }
}
