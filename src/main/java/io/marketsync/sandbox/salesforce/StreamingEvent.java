package io.marketsync.sandbox.salesforce;

import java.time.Instant;
import java.util.Map;

/**
 * One event kept by {@link ReplayStreamingBus}.
 *
 * @param payload the event's {@code payload} object exactly as published; never modified after publishing
 */
public record StreamingEvent(String channel, long replayId, Map<String, Object> payload, Instant publishedAt) {}
