package io.marketsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.marketsync.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ReplayStreamingBusTest {

    private static final String OPPORTUNITIES = "/data/OpportunityChangeEvent";

    private final MutableClock clock = new MutableClock();
    private final ReplayStreamingBus bus = new ReplayStreamingBus(Duration.ofHours(72), clock);
    private final List<StreamingEvent> received = new CopyOnWriteArrayList<>();

    @Test
    void replayIdsIncreaseAcrossChannels() {
        long first = bus.publish(OPPORTUNITIES, Map.of("n", 1));
        long second = bus.publish("/data/ChangeEvents", Map.of("n", 1));
        long third = bus.publish(OPPORTUNITIES, Map.of("n", 2));

        assertThat(first).isPositive();
        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);
    }

    @Test
    void newEventsOnlyStartsAfterTheSubscription() throws Exception {
        bus.publish(OPPORTUNITIES, Map.of("n", 1));
        bus.subscribe(OPPORTUNITIES, ReplayStreamingBus.NEW_EVENTS_ONLY, received::add);
        bus.publish(OPPORTUNITIES, Map.of("n", 2));
        bus.publish("/data/AccountChangeEvent", Map.of("n", 3));

        assertThat(received).extracting(StreamingEvent::payload).containsExactly(Map.of("n", 2));
    }

    @Test
    void allRetainedReplaysTheChannelThenContinuesLive() throws Exception {
        bus.publish(OPPORTUNITIES, Map.of("n", 1));
        bus.publish("/data/AccountChangeEvent", Map.of("n", 2));
        bus.publish(OPPORTUNITIES, Map.of("n", 3));

        bus.subscribe(OPPORTUNITIES, ReplayStreamingBus.ALL_RETAINED, received::add);
        bus.publish(OPPORTUNITIES, Map.of("n", 4));

        assertThat(received).extracting(e -> e.payload().get("n")).containsExactly(1, 3, 4);
    }

    @Test
    void explicitReplayIdResumesAfterThatEvent() throws Exception {
        long first = bus.publish(OPPORTUNITIES, Map.of("n", 1));
        bus.publish(OPPORTUNITIES, Map.of("n", 2));
        bus.publish(OPPORTUNITIES, Map.of("n", 3));

        bus.subscribe(OPPORTUNITIES, first, received::add);

        assertThat(received).extracting(e -> e.payload().get("n")).containsExactly(2, 3);
    }

    @Test
    void replayIdNeverGivenOutIsInvalid() {
        long last = bus.publish(OPPORTUNITIES, Map.of("n", 1));

        assertThatThrownBy(() -> bus.subscribe(OPPORTUNITIES, last + 1000, received::add))
                .isInstanceOf(StreamingInvalidReplayIdException.class)
                .extracting(e -> ((StreamingInvalidReplayIdException) e).replayId())
                .isEqualTo(last + 1000);
        assertThatThrownBy(() -> bus.subscribe(OPPORTUNITIES, -5, received::add))
                .isInstanceOf(StreamingInvalidReplayIdException.class);
    }

    @Test
    void eventsLeaveAfterTheRetentionWindowAndTheirIdsBecomeInvalid() throws Exception {
        long expired = bus.publish(OPPORTUNITIES, Map.of("n", 1));
        clock.advance(Duration.ofHours(71));
        long kept = bus.publish(OPPORTUNITIES, Map.of("n", 2));
        clock.advance(Duration.ofHours(2));

        assertThatThrownBy(() -> bus.subscribe(OPPORTUNITIES, expired, received::add))
                .isInstanceOf(StreamingInvalidReplayIdException.class);

        bus.subscribe(OPPORTUNITIES, ReplayStreamingBus.ALL_RETAINED, received::add);
        assertThat(received).extracting(StreamingEvent::replayId).containsExactly(kept);
    }

    @Test
    void closedSubscriptionReceivesNothingMore() throws Exception {
        StreamingSubscription subscription =
                bus.subscribe(OPPORTUNITIES, ReplayStreamingBus.NEW_EVENTS_ONLY, received::add);
        bus.publish(OPPORTUNITIES, Map.of("n", 1));
        subscription.close();
        bus.publish(OPPORTUNITIES, Map.of("n", 2));

        assertThat(received).extracting(e -> e.payload().get("n")).containsExactly(1);
    }
}
