package io.marketsync.state;

import java.util.List;
import java.util.Optional;

/** The record of every sync run. */
public interface SyncRuns {

    /** Starts a run in status RUNNING and returns its id. */
    long start(String routeId);

    /** Ends a run with its counts, status (SUCCEEDED, PARTIAL, FAILED) and error (null if none). */
    void finish(long runId, RunCounts counts, String status, String error);

    /** Adds a note to a running run (e.g. "paused by the API budget governor"), appended to its error text. */
    void note(long runId, String note);

    Optional<SyncRun> get(long runId);

    /** Newest first; every route when routeId is null. */
    List<SyncRun> recent(String routeId, int limit);
}
