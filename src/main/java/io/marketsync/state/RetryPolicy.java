package io.marketsync.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Exponential backoff for failed records: the first retry after {@code initial}, each later one
 * {@code multiplier} times further out, never more than {@code max}.
 */
public record RetryPolicy(Duration initial, double multiplier, Duration max) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofMinutes(1), 2.0, Duration.ofHours(6));

    public RetryPolicy {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("initial retry delay must be positive, got " + initial);
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("retry multiplier must be at least 1, got " + multiplier);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("max retry delay " + max + " is shorter than initial " + initial);
        }
    }

    /** The delay after the {@code attempts}-th failure (1 = the first). */
    public Duration delay(int attempts) {
        double millis = initial.toMillis() * Math.pow(multiplier, Math.max(0, attempts - 1));
        // Compared as double first: a long cast of a huge power would overflow.
        return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }

    /** When a record that has now failed {@code attempts} times is due again. */
    public Instant nextRetry(int attempts, Instant now) {
        return now.plus(delay(attempts));
    }
}
