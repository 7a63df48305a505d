package io.marketsync.aws;

/** Exchange headers of the {@code aws-marketplace:} component. */
public final class AwsMarketplaceConstants {

    /** The value the route's watermark takes once this page's exchange completed. */
    public static final String WATERMARK = "MarketSyncWatermark";

    /** 1-based number of the page within its poll. */
    public static final String PAGE_NUMBER = "MarketSyncPageNumber";

    /** The endpoint's resource: products, offers, resale-authorizations or agreements. */
    public static final String RESOURCE = "MarketSyncResource";

    /** Producer: the operation to run, overriding the endpoint's {@code operation}. */
    public static final String OPERATION = "MarketSyncOperation";

    /** Producer: the Catalog entity id for {@code describeEntity} (else the body). */
    public static final String ENTITY_ID = "MarketSyncEntityId";

    /** Producer: the agreement id for {@code describeAgreement} (else the body). */
    public static final String AGREEMENT_ID = "MarketSyncAgreementId";

    private AwsMarketplaceConstants() {}
}
