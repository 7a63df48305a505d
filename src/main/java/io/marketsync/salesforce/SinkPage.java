package io.marketsync.salesforce;

import io.marketsync.mapping.MappedRecord;
import io.marketsync.state.Fingerprint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One page on its way through the sink: what to write, what Salesforce made of each record, and the
 * API calls it took. Shared by the sink's sub-routes through an exchange property.
 */
public final class SinkPage {

    private final String routeId;
    private final Map<MappedRecord, String> hashes;
    private final List<WriteBatch> batches;
    private final long unchanged;
    private final List<Fingerprint> accepted = new ArrayList<>();
    private final List<MappedRecord> acceptedRecords = new ArrayList<>();
    private final List<Rejection> rejected = new ArrayList<>();
    private final AtomicLong apiCalls = new AtomicLong();
    private long created;
    private long updated;

    SinkPage(String routeId, Map<MappedRecord, String> hashes, List<WriteBatch> batches, long unchanged) {
        this.routeId = routeId;
        this.hashes = hashes;
        this.batches = batches;
        this.unchanged = unchanged;
    }

    /** A record Salesforce refused, with its error code (e.g. {@code STRING_TOO_LONG}) and message. */
    record Rejection(MappedRecord record, String errorCode, String message) {}

    public String getRouteId() {
        return routeId;
    }

    /** The writes, parents' objects first. */
    public List<WriteBatch> getBatches() {
        return batches;
    }

    synchronized void accepted(MappedRecord record, String salesforceId, boolean wasCreated) {
        accepted.add(
                new Fingerprint(record.object(), record.externalId(), hashes.get(record), salesforceId, Instant.now()));
        acceptedRecords.add(record);
        if (wasCreated) {
            created++;
        } else {
            updated++;
        }
    }

    synchronized void rejected(MappedRecord record, String errorCode, String message) {
        rejected.add(new Rejection(record, errorCode, message));
    }

    void countCall() {
        apiCalls.incrementAndGet();
    }

    synchronized List<Fingerprint> fingerprints() {
        return List.copyOf(accepted);
    }

    synchronized List<MappedRecord> acceptedRecords() {
        return List.copyOf(acceptedRecords);
    }

    synchronized List<Rejection> rejections() {
        return List.copyOf(rejected);
    }

    synchronized long created() {
        return created;
    }

    synchronized long updated() {
        return updated;
    }

    /** Mapped records the page brought, changed or not. */
    long recordCount() {
        return hashes.size() + unchanged;
    }

    long unchanged() {
        return unchanged;
    }

    long apiCalls() {
        return apiCalls.get();
    }
}
