package io.marketsync.state;

import java.time.Instant;

/** One run of one route: what it read and what Salesforce made of it. */
public record SyncRun(
        long id, String routeId, Instant started, Instant ended, RunCounts counts, String status, String error) {

    public static final String RUNNING = "RUNNING";
    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String PARTIAL = "PARTIAL";
    public static final String FAILED = "FAILED";
}
