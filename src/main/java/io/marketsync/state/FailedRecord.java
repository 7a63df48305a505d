package io.marketsync.state;

import java.time.Instant;

/**
 * A record that could not be mapped or that Salesforce rejected.
 *
 * @param sourceKey the record's key in its source (cloud id), unique per route together with mapping
 * @param payload the source record as JSON, so it can be retried
 * @param errorCode Salesforce's status code (e.g. {@code STRING_TOO_LONG}) or a mapping code ({@code MAPPING_ERROR})
 */
public record FailedRecord(
        long id,
        String routeId,
        String mapping,
        String sourceKey,
        String payload,
        String errorCode,
        String errorMessage,
        int attempts,
        Instant firstFailed,
        Instant lastFailed,
        Instant nextRetry) {

    /** A new failure, before it is stored (id, attempts and times are set by the store). */
    public static FailedRecord of(
            String routeId, String mapping, String sourceKey, String payload, String errorCode, String errorMessage) {
        return new FailedRecord(0, routeId, mapping, sourceKey, payload, errorCode, errorMessage, 0, null, null, null);
    }
}
