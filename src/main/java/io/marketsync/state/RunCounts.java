package io.marketsync.state;

/** Counters of a sync run; immutable, added up page by page. */
public record RunCounts(long read, long created, long updated, long unchanged, long failed, long apiCalls) {

    public static final RunCounts ZERO = new RunCounts(0, 0, 0, 0, 0, 0);

    public RunCounts plus(RunCounts o) {
        return new RunCounts(
                read + o.read,
                created + o.created,
                updated + o.updated,
                unchanged + o.unchanged,
                failed + o.failed,
                apiCalls + o.apiCalls);
    }
}
