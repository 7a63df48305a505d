package io.marketsync.aws;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * {@code aws-marketplace:resource[?options]}. As a consumer it polls the resource page by page from
 * the route's watermark (schedulable with {@code scheduler=quartz&scheduler.cron=...}); as a
 * producer it describes one entity or agreement by id.
 */
@UriEndpoint(
        firstVersion = "0.1.0",
        scheme = "aws-marketplace",
        title = "AWS Marketplace",
        syntax = "aws-marketplace:resource",
        category = {Category.CLOUD, Category.SAAS},
        headersClass = AwsMarketplaceConstants.class)
public class AwsMarketplaceEndpoint extends ScheduledPollEndpoint {

    private static final long DEFAULT_DELAY_MS = Duration.ofMinutes(5).toMillis();

    @UriPath(
            enums = "products,offers,resale-authorizations,agreements",
            description = "What to read: Catalog products (SaaS, AMI, container, data), offers (private ones"
                    + " included), resale authorizations, or agreements with their terms")
    @Metadata(required = true)
    private final MarketplaceResource resource;

    @UriParam(
            defaultValue = "50",
            description =
                    "Records per page (and per exchange): ListEntities MaxResults or SearchAgreements maxResults, 1 to 50")
    private int pageSize = 50;

    @UriParam(
            label = "consumer",
            description = "Comma-separated Catalog entity types to list; defaults to"
                    + " SaaSProduct,AmiProduct,ContainerProduct,DataProduct for products, Offer for offers,"
                    + " ResaleAuthorization for resale-authorizations")
    private String entityTypes;

    @UriParam(
            label = "consumer",
            defaultValue = "PT1M",
            description = "How far before the watermark Catalog listings start again, so entities the listing"
                    + " shows late are not missed; re-read entities are unchanged for the Salesforce sink")
    private Duration watermarkOverlap = Duration.ofMinutes(1);

    @UriParam(
            label = "consumer",
            description = "Watermark to start from when the route has none stored, e.g. 2024-01-01T00:00:00Z;"
                    + " empty reads everything")
    private String initialWatermark;

    @UriParam(label = "consumer", description = "Key the watermark is stored under; defaults to the route id")
    private String watermarkKey;

    @UriParam(
            label = "consumer",
            defaultValue = "0",
            description =
                    "Pages emitted per poll at most; 0 reads to the end. The next poll resumes from the watermark")
    private int maxPagesPerPoll;

    @UriParam(
            label = "producer",
            enums = "describeEntity,describeAgreement",
            description =
                    "Producer operation; defaults to describeAgreement for agreements and describeEntity otherwise."
                            + " The MarketSyncOperation header overrides it")
    private AwsMarketplaceOperation operation;

    public AwsMarketplaceEndpoint(String uri, AwsMarketplaceComponent component, MarketplaceResource resource) {
        super(uri, component);
        this.resource = resource;
        // Marketplace data changes by the hour; poll every few minutes unless told otherwise.
        setDelay(DEFAULT_DELAY_MS);
    }

    @Override
    public AwsMarketplaceComponent getComponent() {
        return (AwsMarketplaceComponent) super.getComponent();
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        AwsMarketplaceConsumer consumer = new AwsMarketplaceConsumer(this, processor, pageSource());
        configureConsumer(consumer);
        consumer.setMaxMessagesPerPoll(maxPagesPerPoll);
        return consumer;
    }

    @Override
    public Producer createProducer() {
        return new AwsMarketplaceProducer(this);
    }

    private PageSource pageSource() {
        if (pageSize < 1 || pageSize > 50) {
            throw new IllegalArgumentException("pageSize must be 1 to 50, was " + pageSize);
        }
        if (resource == MarketplaceResource.AGREEMENTS) {
            return new AgreementPageSource(getComponent().getClients().agreement(), pageSize, Clock.systemUTC());
        }
        return new CatalogPageSource(
                getComponent().getClients().catalog(), listedEntityTypes(), pageSize, watermarkOverlap);
    }

    List<String> listedEntityTypes() {
        if (entityTypes == null || entityTypes.isBlank()) {
            return resource.defaultEntityTypes();
        }
        return Arrays.stream(entityTypes.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public MarketplaceResource getResource() {
        return resource;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public String getEntityTypes() {
        return entityTypes;
    }

    public void setEntityTypes(String entityTypes) {
        this.entityTypes = entityTypes;
    }

    public Duration getWatermarkOverlap() {
        return watermarkOverlap;
    }

    public void setWatermarkOverlap(Duration watermarkOverlap) {
        this.watermarkOverlap = watermarkOverlap;
    }

    public String getInitialWatermark() {
        return initialWatermark;
    }

    public void setInitialWatermark(String initialWatermark) {
        this.initialWatermark = initialWatermark;
    }

    public String getWatermarkKey() {
        return watermarkKey;
    }

    public void setWatermarkKey(String watermarkKey) {
        this.watermarkKey = watermarkKey;
    }

    public int getMaxPagesPerPoll() {
        return maxPagesPerPoll;
    }

    public void setMaxPagesPerPoll(int maxPagesPerPoll) {
        this.maxPagesPerPoll = maxPagesPerPoll;
    }

    public AwsMarketplaceOperation getOperation() {
        return operation;
    }

    public void setOperation(AwsMarketplaceOperation operation) {
        this.operation = operation;
    }
}
