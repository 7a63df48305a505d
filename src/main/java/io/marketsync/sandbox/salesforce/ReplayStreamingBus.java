package io.marketsync.sandbox.salesforce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The simulated org's event bus with Salesforce's durable-streaming semantics: every event gets the next
 * replay id of one org-wide increasing sequence and is kept for the retention window (72 hours by default);
 * subscribers choose where to start with a replay id: {@value #NEW_EVENTS_ONLY} for new events only,
 * {@value #ALL_RETAINED} for everything still retained, or an id to receive the events after it.
 */
public final class ReplayStreamingBus implements StreamingBus {

    public static final long NEW_EVENTS_ONLY = -1;
    public static final long ALL_RETAINED = -2;
    public static final Duration DEFAULT_RETENTION = Duration.ofHours(72);

    private final Duration retention;
    private final Clock clock;
    private final Map<String, ChannelLog> channels = new HashMap<>();
    private long lastReplayId;

    public ReplayStreamingBus() {
        this(DEFAULT_RETENTION, Clock.systemUTC());
    }

    public ReplayStreamingBus(Duration retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public synchronized long publish(String channel, Map<String, Object> payload) {
        expireOldEvents();
        StreamingEvent event = new StreamingEvent(
                channel, ++lastReplayId, Collections.unmodifiableMap(new LinkedHashMap<>(payload)), clock.instant());
        ChannelLog log = channels.computeIfAbsent(channel, c -> new ChannelLog());
        log.events.addLast(event);
        // Delivered under the bus lock so every subscriber sees a channel's events in replay-id order.
        List.copyOf(log.listeners).forEach(listener -> listener.accept(event));
        return event.replayId();
    }

    /**
     * Subscribes {@code listener} to {@code channel}: first the retained events chosen by {@code replayFrom}, then
     * every new event, with no gap and no duplicate between the two.
     *
     * @throws StreamingInvalidReplayIdException if {@code replayFrom} is an id that has left the retention window,
     *     was never given out, or is neither -1 nor -2 when not positive
     */
    public synchronized StreamingSubscription subscribe(
            String channel, long replayFrom, Consumer<StreamingEvent> listener)
            throws StreamingInvalidReplayIdException {
        expireOldEvents();
        ChannelLog log = channels.computeIfAbsent(channel, c -> new ChannelLog());
        List<StreamingEvent> backlog = backlog(channel, log, replayFrom);
        backlog.forEach(listener);
        log.listeners.add(listener);
        return new Subscription(channel, listener);
    }

    private List<StreamingEvent> backlog(String channel, ChannelLog log, long replayFrom)
            throws StreamingInvalidReplayIdException {
        if (replayFrom == NEW_EVENTS_ONLY) {
            return List.of();
        }
        if (replayFrom == ALL_RETAINED) {
            return new ArrayList<>(log.events);
        }
        if (replayFrom <= 0 || replayFrom > lastReplayId || replayFrom <= log.lastExpiredReplayId) {
            throw new StreamingInvalidReplayIdException(channel, replayFrom);
        }
        return log.events.stream().filter(e -> e.replayId() > replayFrom).toList();
    }

    private void expireOldEvents() {
        Instant oldestKept = clock.instant().minus(retention);
        for (ChannelLog log : channels.values()) {
            while (!log.events.isEmpty() && log.events.peekFirst().publishedAt().isBefore(oldestKept)) {
                log.lastExpiredReplayId = log.events.removeFirst().replayId();
            }
        }
    }

    private synchronized void unsubscribe(String channel, Consumer<StreamingEvent> listener) {
        ChannelLog log = channels.get(channel);
        if (log != null) {
            log.listeners.remove(listener);
        }
    }

    private static final class ChannelLog {
        final Deque<StreamingEvent> events = new ArrayDeque<>();
        final List<Consumer<StreamingEvent>> listeners = new ArrayList<>();
        long lastExpiredReplayId;
    }

    private final class Subscription implements StreamingSubscription {
        private final String channel;
        private final Consumer<StreamingEvent> listener;

        Subscription(String channel, Consumer<StreamingEvent> listener) {
            this.channel = channel;
            this.listener = listener;
        }

        @Override
        public String channel() {
            return channel;
        }

        @Override
        public void close() {
            unsubscribe(channel, listener);
        }
    }
}
