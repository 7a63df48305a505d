package io.marketsync.aws.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how long to back off before retrying a throttled or failed call: "full jitter"
 * exponential backoff, a random delay between zero and {@code min(cap, base * 2^retry)}.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(20));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
    }

    /** The pause before retry number {@code retry} (1 for the first retry). */
    public Duration delayBefore(int retry) {
        long ceiling = baseDelay.toMillis() << Math.min(retry - 1, 30);
        long capped = Math.min(maxDelay.toMillis(), ceiling < 0 ? Long.MAX_VALUE : ceiling);
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(capped + 1));
    }
}
