package io.marketsync.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void defaultsStartAtOneMinuteAndDoubleUpToSixHours() {
        RetryPolicy p = RetryPolicy.DEFAULT;

        assertThat(p.nextRetry(1, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(p.nextRetry(2, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        assertThat(p.nextRetry(3, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
        assertThat(p.nextRetry(9, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(256)));
        assertThat(p.nextRetry(10, NOW)).isEqualTo(NOW.plus(Duration.ofHours(6)));
    }

    @Test
    void hugeAttemptCountsStayAtTheMaximum() {
        assertThat(RetryPolicy.DEFAULT.delay(10_000)).isEqualTo(Duration.ofHours(6));
        assertThat(RetryPolicy.DEFAULT.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void customPolicy() {
        RetryPolicy p = new RetryPolicy(Duration.ofSeconds(10), 3, Duration.ofMinutes(5));

        assertThat(p.delay(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(p.delay(3)).isEqualTo(Duration.ofSeconds(90));
        assertThat(p.delay(4)).isEqualTo(Duration.ofMinutes(4).plusSeconds(30));
        assertThat(p.delay(5)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void rejectsPoliciesThatWouldNotBackOff() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, 2, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("initial");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(1), 0.5, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multiplier");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofHours(2), 2, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max");
    }
}
