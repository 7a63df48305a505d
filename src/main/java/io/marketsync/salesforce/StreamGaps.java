package io.marketsync.salesforce;

import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Channels whose stored replay id Salesforce refused (older than the retention window): the stream went
 * on from the fallback replay id, so events may have been missed. A co-sell route checks
 * {@link #missedEvents(String)} (or header {@link SinkExchange#EVENTS_MISSED} on the next event), runs a
 * catch-up poll and then calls {@link #caughtUp(String)}.
 */
@ManagedResource(description = "Salesforce streaming channels that may have missed events")
public final class StreamGaps extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(StreamGaps.class);

    private final Set<String> channels = new ConcurrentSkipListSet<>();

    void missed(String channel, String fallbackReplayId) {
        channels.add(channel);
        LOG.warn(
                "Salesforce refused the stored replay id of {} and the stream resumed from replay id {}: "
                        + "events may have been missed, a catch-up poll is needed",
                channel,
                fallbackReplayId);
    }

    public boolean missedEvents(String channel) {
        return channels.contains(channel);
    }

    @ManagedOperation(description = "Clears the gap of a channel once a catch-up poll ran")
    public void caughtUp(String channel) {
        channels.remove(channel);
    }

    @ManagedAttribute(description = "Channels that may have missed events")
    public String getChannelsWithGap() {
        return String.join(",", channels);
    }
}
