package io.marketsync.salesforce;

import io.marketsync.mapping.MappedRecord;
import java.util.List;
import java.util.Map;

/**
 * Records of one object written by one Salesforce call (sObject Collections) or one Bulk API 2.0 job.
 * Records a collections call reported as locked stay pending and are sent again after a backoff.
 */
public final class WriteBatch {

    private final String object;
    private final String externalIdField;
    private final boolean bulk;
    private List<MappedRecord> pending;
    private int lockRetries;

    WriteBatch(String object, String externalIdField, List<MappedRecord> records, boolean bulk) {
        this.object = object;
        this.externalIdField = externalIdField;
        this.pending = List.copyOf(records);
        this.bulk = bulk;
    }

    public String getObject() {
        return object;
    }

    public String getExternalIdField() {
        return externalIdField;
    }

    /** True when the batch goes through Bulk API 2.0 rather than sObject Collections. */
    public boolean isBulk() {
        return bulk;
    }

    /** True while records remain to be sent. */
    public boolean isPending() {
        return !pending.isEmpty();
    }

    public List<MappedRecord> pendingRecords() {
        return pending;
    }

    /** The request body: the pending records as Salesforce records with {@code attributes.type}. */
    public List<Map<String, Object>> pendingBodies() {
        return pending.stream().map(MappedRecord::record).toList();
    }

    int lockRetries() {
        return lockRetries;
    }

    /** The locked records go again on the next pass; an empty list ends the batch. */
    void sendAgain(List<MappedRecord> locked) {
        this.pending = List.copyOf(locked);
        if (!locked.isEmpty()) {
            lockRetries++;
        }
    }
}
