package io.marketsync.sandbox.salesforce;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many calls of each kind the simulated org has served, so tests can assert on API usage
 * ("one collections call per 200 records") and {@code /_sim/state} can show it.
 */
public final class SimulatorCounters {

    /** Every REST call that counted against the daily allocation. */
    public static final String API_CALLS = "api.calls";

    public static final String TOKENS_ISSUED = "oauth.tokens";
    public static final String QUERIES = "rest.query";
    public static final String QUERY_MORE = "rest.queryMore";
    public static final String DESCRIBES = "rest.describe";
    public static final String LIMITS = "rest.limits";
    /** Single-record writes: upsert, create, update and delete by id, platform event publishing. */
    public static final String WRITES = "rest.writes";

    public static final String UPSERTS = "rest.upsert";
    public static final String CREATES = "rest.create";
    public static final String UPDATES = "rest.update";
    public static final String DELETES = "rest.delete";
    public static final String COLLECTIONS = "rest.collections";
    public static final String BULK_JOBS = "bulk2.jobs";
    public static final String EVENTS_PUBLISHED = "events.published";
    public static final String FAULTS_INJECTED = "faults.injected";

    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

    public void increment(String kind) {
        counters.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    public long get(String kind) {
        LongAdder adder = counters.get(kind);
        return adder == null ? 0 : adder.sum();
    }

    /** All counters by name, sorted. */
    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        counters.forEach((kind, adder) -> copy.put(kind, adder.sum()));
        return copy;
    }

    public void reset() {
        counters.clear();
    }
}
