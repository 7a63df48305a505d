package io.marketsync.sync;

/** Exchange properties that carry a page's outcome from the Salesforce sink to the run tracker. */
public final class SyncHeaders {

    /** {@link io.marketsync.state.RunCounts} of one page: read, created, updated, unchanged, failed, API calls. */
    public static final String PAGE_COUNTS = "MarketSyncPageCounts";

    /** The id of the sync run the exchange belongs to. */
    public static final String RUN_ID = "MarketSyncRunId";

    /** The value the route's watermark takes once the page's writes succeeded. */
    public static final String WATERMARK = "MarketSyncWatermark";

    private SyncHeaders() {}
}
