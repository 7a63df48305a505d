package io.marketsync.sandbox.aws;

/**
 * A token bucket over all API calls: {@code requestsPerSecond} tokens a second, holding at most one second's
 * worth (and at least one). Off until a rate is set.
 */
final class RequestThrottle {

    private double ratePerSecond;
    private double tokens;
    private long refilledAt;

    /** Sets the rate; {@code 0} turns throttling off. The bucket starts full. */
    synchronized void limit(double requestsPerSecond) {
        this.ratePerSecond = Math.max(0, requestsPerSecond);
        this.tokens = capacity();
        this.refilledAt = System.nanoTime();
    }

    synchronized double rate() {
        return ratePerSecond;
    }

    synchronized boolean tryAcquire() {
        if (ratePerSecond <= 0) {
            return true;
        }
        long now = System.nanoTime();
        tokens = Math.min(capacity(), tokens + (now - refilledAt) / 1e9 * ratePerSecond);
        refilledAt = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    private double capacity() {
        return Math.max(1, ratePerSecond);
    }
}
