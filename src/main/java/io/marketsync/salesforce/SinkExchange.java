package io.marketsync.salesforce;

/** Exchange headers and properties the Salesforce sink reads and writes, besides the mapping headers. */
public final class SinkExchange {

    /** Header: the route's new watermark, committed with the page's fingerprints once the writes succeeded. */
    public static final String WATERMARK = "MarketSyncWatermark";

    /** Header or property: the id of the sync run the exchange belongs to (set by the run tracker). */
    public static final String RUN_ID = "MarketSyncRunId";

    /** Header: the route whose watermark and failed records a page belongs to; defaults to the exchange's route. */
    public static final String ROUTE_ID = "MarketSyncRouteId";

    /** Property: number of Salesforce API calls made for this exchange, added up. */
    public static final String API_CALLS = "MarketSyncApiCalls";

    /** Property: {@link io.marketsync.state.RunCounts} of the pages this exchange wrote, added up. */
    public static final String PAGE_COUNTS = "MarketSyncPageCounts";

    /** Property: the {@link SinkPage} being written. */
    static final String SINK_PAGE = "MarketSyncSinkPage";

    /** Property: the {@link WriteBatch} a sub-route is writing. */
    static final String BATCH = "MarketSyncBatch";

    /** Header on a streamed event: events of its channel may have been missed before it (replay id fallback). */
    public static final String EVENTS_MISSED = "MarketSyncEventsMissed";

    private SinkExchange() {}
}
