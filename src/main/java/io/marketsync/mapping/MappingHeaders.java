package io.marketsync.mapping;

/** Exchange headers set by the {@code mapping:} component and read by the Salesforce sink. */
public final class MappingHeaders {

    /** The Salesforce object of the mapped records (the last mapping's, when an endpoint applies several). */
    public static final String TARGET_OBJECT = "MarketSyncTargetObject";

    /** The external-id field the records are upserted by. */
    public static final String EXTERNAL_ID_FIELD = "MarketSyncExternalIdField";

    /** {@code List<MappedRecord>}: every output record with its object, external id field and source. */
    public static final String MAPPED_RECORDS = "MarketSyncMappedRecords";

    /** {@code List<MappingFailure>}: source records of this page that could not be mapped. */
    public static final String MAPPING_FAILURES = "MarketSyncMappingFailures";

    /** Number of source records read from the page. */
    public static final String SOURCE_COUNT = "MarketSyncSourceCount";

    private MappingHeaders() {}
}
