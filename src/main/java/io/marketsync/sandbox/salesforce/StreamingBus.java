package io.marketsync.sandbox.salesforce;

import java.util.Map;

/**
 * The simulated org's event bus behind CometD: Change Data Capture and platform events.
 * Each published event gets the channel's next replay id and is kept for the retention window.
 */
public interface StreamingBus {

    /**
     * Publishes one event on a channel such as {@code /data/OpportunityChangeEvent},
     * {@code /data/ChangeEvents} or {@code /event/MarketSync_Cosell_Action__e}.
     *
     * @param payload the event's {@code payload} object (for CDC it holds {@code ChangeEventHeader})
     * @return the replay id given to the event
     */
    long publish(String channel, Map<String, Object> payload);
}
