package io.marketsync.state;

import java.time.Instant;
import java.util.List;

/** Failed records, retried with exponential backoff until they succeed or are discarded. */
public interface FailedRecords {

    /**
     * Stores a failure, or bumps attempts and pushes next retry out (exponential backoff) when the same
     * route, mapping and source key already failed.
     */
    void record(FailedRecord failure);

    /** Failures of a route due for retry at {@code now}, oldest first. */
    List<FailedRecord> due(String routeId, Instant now, int limit);

    /** All stored failures of a route (every route when null), newest first. */
    List<FailedRecord> list(String routeId, int limit);

    /** Removes the failure once the record went through. */
    void resolve(String routeId, String mapping, String sourceKey);

    int count(String routeId);
}
