package io.marketsync.salesforce;

import io.marketsync.state.ReplayIds;
import java.util.Optional;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.component.salesforce.SalesforceConstants;
import org.apache.camel.component.salesforce.SalesforceEndpoint;
import org.apache.camel.support.RoutePolicySupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a {@code salesforce:subscribe:CHANNEL} route resume where it left off: before the consumer
 * subscribes, the channel's stored replay id becomes the endpoint's {@code replayId}; after each event
 * whose processing completed, the event's replay id is stored. An event that failed is not stored, so a
 * restart receives it again.
 */
public final class SalesforceStreamPolicy extends RoutePolicySupport {

    private static final Logger LOG = LoggerFactory.getLogger(SalesforceStreamPolicy.class);

    private static final String REPLAY_ID = "MarketSyncReplayId";

    private final ReplayIds replayIds;
    private final StreamGaps gaps;

    public SalesforceStreamPolicy(ReplayIds replayIds, StreamGaps gaps) {
        this.replayIds = replayIds;
        this.gaps = gaps;
    }

    @Override
    public void onInit(Route route) {
        SalesforceEndpoint endpoint = subscription(route.getEndpoint());
        String channel = endpoint.getTopicName();
        Optional<Long> stored = replayIds.get(channel);
        if (stored.isPresent()) {
            endpoint.setReplayId(stored.get());
            LOG.info("Route {} resumes {} after replay id {}", route.getRouteId(), channel, stored.get());
        } else {
            LOG.info("Route {} has no stored replay id for {}: it starts with new events", route.getRouteId(), channel);
        }
    }

    @Override
    public void onExchangeBegin(Route route, Exchange exchange) {
        // kept aside: the target route may replace the event's headers
        exchange.setProperty(
                REPLAY_ID, exchange.getMessage().getHeader(SalesforceConstants.HEADER_SALESFORCE_REPLAY_ID));
        if (gaps.missedEvents(channel(route))) {
            exchange.getMessage().setHeader(SinkExchange.EVENTS_MISSED, true);
        }
    }

    @Override
    public void onExchangeDone(Route route, Exchange exchange) {
        Long replayId = exchange.getProperty(REPLAY_ID, Long.class);
        if (replayId != null && !exchange.isFailed()) {
            replayIds.set(channel(route), replayId);
        }
    }

    private static String channel(Route route) {
        return subscription(route.getEndpoint()).getTopicName();
    }

    private static SalesforceEndpoint subscription(Endpoint endpoint) {
        if (endpoint instanceof SalesforceEndpoint salesforce && salesforce.getTopicName() != null) {
            return salesforce;
        }
        throw new IllegalArgumentException("The Salesforce stream policy applies to salesforce:subscribe routes, not "
                + endpoint.getEndpointUri());
    }
}
