package io.marketsync.mapping;

import io.marketsync.state.Credentials;
import io.marketsync.state.FailedRecord;
import io.marketsync.state.FailedRecords;
import io.marketsync.state.Fingerprints;
import io.marketsync.state.PageCommit;
import io.marketsync.state.ReplayIds;
import io.marketsync.state.StateStore;
import io.marketsync.state.SyncRuns;
import io.marketsync.state.Watermarks;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory state store holding only failed records: the part of {@link StateStore} the mapping component
 * writes to. Its other parts are out of this package's scope and refuse to be used.
 */
final class FailedRecordsCapture implements StateStore, FailedRecords {

    final List<FailedRecord> recorded = new CopyOnWriteArrayList<>();

    @Override
    public void record(FailedRecord failure) {
        recorded.add(failure);
    }

    @Override
    public List<FailedRecord> due(String routeId, Instant now, int limit) {
        return list(routeId, limit);
    }

    @Override
    public List<FailedRecord> list(String routeId, int limit) {
        return recorded.stream()
                .filter(f -> routeId == null || routeId.equals(f.routeId()))
                .limit(limit)
                .toList();
    }

    @Override
    public void resolve(String routeId, String mapping, String sourceKey) {
        recorded.removeIf(f -> f.routeId().equals(routeId)
                && f.mapping().equals(mapping)
                && f.sourceKey().equals(sourceKey));
    }

    @Override
    public int count(String routeId) {
        return list(routeId, Integer.MAX_VALUE).size();
    }

    @Override
    public FailedRecords failedRecords() {
        return this;
    }

    @Override
    public Watermarks watermarks() {
        throw outOfScope();
    }

    @Override
    public Fingerprints fingerprints() {
        throw outOfScope();
    }

    @Override
    public SyncRuns runs() {
        throw outOfScope();
    }

    @Override
    public ReplayIds replayIds() {
        throw outOfScope();
    }

    @Override
    public Credentials credentials() {
        throw outOfScope();
    }

    @Override
    public void commitPage(PageCommit commit) {
        throw outOfScope();
    }

    @Override
    public void close() {
        recorded.clear();
    }

    private static IllegalStateException outOfScope() {
        return new IllegalStateException("the mapping component only writes failed records");
    }
}
