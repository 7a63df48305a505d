package io.marketsync.sandbox.salesforce;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The org's daily API request allocation. Each REST call takes one request; once the allocation is
 * spent every call is refused with {@code REQUEST_LIMIT_EXCEEDED} until {@link #reset()}.
 */
public final class ApiUsage {

    private final long max;
    private final AtomicLong used = new AtomicLong();

    public ApiUsage(long max) {
        this.max = max;
    }

    /** Takes one request from the allocation; false if it is spent (and then nothing is taken). */
    public boolean tryAcquire() {
        return used.getAndUpdate(n -> n < max ? n + 1 : n) < max;
    }

    public long used() {
        return used.get();
    }

    public long max() {
        return max;
    }

    public long remaining() {
        return max - used.get();
    }

    /** The value of the {@code Sforce-Limit-Info} header. */
    public String limitInfo() {
        return "api-usage=" + used.get() + "/" + max;
    }

    /** Spends all but {@code remaining} requests, to reach the limit without thousands of calls. */
    public void setRemaining(long remaining) {
        used.set(Math.max(0, max - remaining));
    }

    public void reset() {
        used.set(0);
    }
}
