package io.marketsync.sandbox.salesforce;

import java.time.Duration;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Trouble the simulated org can be told to make, from tests or from {@code POST /_sim/faults}:
 * failing calls, slow responses, expired sessions, locked rows and bursts of 503s.
 */
public final class Faults {

    private final Sessions sessions;
    private final RowLocks rowLocks;
    private final ConcurrentLinkedQueue<FailureRule> rules = new ConcurrentLinkedQueue<>();
    private volatile Duration latency = Duration.ZERO;

    public Faults(Sessions sessions, RowLocks rowLocks) {
        this.sessions = sessions;
        this.rowLocks = rowLocks;
    }

    /**
     * Fails the next {@code count} calls whose path contains {@code pathContains} (every call when
     * it is empty) with {@code status} and a Salesforce error body.
     */
    public Faults failNext(int count, String pathContains, int status, String errorCode, String message) {
        rules.add(new FailureRule(count, pathContains == null ? "" : pathContains, status, errorCode, message));
        return this;
    }

    /** The next {@code count} calls get 503 {@code SERVER_UNAVAILABLE}, as during a Salesforce incident. */
    public Faults unavailableFor(int count) {
        return failNext(
                count, "", 503, "SERVER_UNAVAILABLE", "Server temporarily unavailable. Please try again later.");
    }

    /** Every call waits this long before it is answered. */
    public Faults latency(Duration delay) {
        this.latency = delay;
        return this;
    }

    public Duration latency() {
        return latency;
    }

    /** Invalidates every access token now, as a session timeout or admin logout does. */
    public Faults expireSessions() {
        sessions.expireAll();
        return this;
    }

    /** Writes to records of {@code sobject} fail with {@code UNABLE_TO_LOCK_ROW} until released. */
    public Faults lockRows(String sobject) {
        rowLocks.hold(sobject);
        return this;
    }

    public Faults releaseRows(String sobject) {
        rowLocks.release(sobject);
        return this;
    }

    /** Takes the failure due for a call to {@code path}, if a rule matches it. */
    public Optional<ApiException> failureFor(String path) {
        for (Iterator<FailureRule> it = rules.iterator(); it.hasNext(); ) {
            FailureRule rule = it.next();
            if (path.contains(rule.pathContains)) {
                Optional<ApiException> failure = rule.take();
                if (failure.isPresent()) {
                    return failure;
                }
                it.remove();
            }
        }
        return Optional.empty();
    }

    /** Removes every fault: rules, latency and row locks. */
    public void clear() {
        rules.clear();
        latency = Duration.ZERO;
        rowLocks.releaseAll();
    }

    private static final class FailureRule {
        private final String pathContains;
        private final int status;
        private final String errorCode;
        private final String message;
        private int remaining;

        FailureRule(int count, String pathContains, int status, String errorCode, String message) {
            this.remaining = count;
            this.pathContains = pathContains;
            this.status = status;
            this.errorCode = errorCode;
            this.message = message;
        }

        synchronized Optional<ApiException> take() {
            if (remaining <= 0) {
                return Optional.empty();
            }
            remaining--;
            return Optional.of(new ApiException(status, errorCode, message));
        }
    }
}
