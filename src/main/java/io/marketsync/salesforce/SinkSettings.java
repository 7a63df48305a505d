package io.marketsync.salesforce;

import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;

/**
 * The sink's tunables, read from Camel properties ({@code application.properties}, environment).
 *
 * @param bulkThreshold above this many changed records of one object a page goes through Bulk API 2.0
 * @param retryAttempts retries of a call that failed with 503, {@code UNABLE_TO_LOCK_ROW} or a timeout
 * @param retryDelay first retry delay, doubled on each attempt
 * @param retryMaxDelay the longest retry delay
 */
public record SinkSettings(int bulkThreshold, int retryAttempts, Duration retryDelay, Duration retryMaxDelay) {

    /** sObject Collections takes at most 200 records per call. */
    public static final int COLLECTION_SIZE = 200;

    public static final String BULK_THRESHOLD = "marketsync.salesforce.bulk-threshold";
    public static final String RETRY_ATTEMPTS = "marketsync.salesforce.retry.attempts";
    public static final String RETRY_DELAY = "marketsync.salesforce.retry.delay";
    public static final String RETRY_MAX_DELAY = "marketsync.salesforce.retry.max-delay";

    public static SinkSettings from(CamelContext context) {
        PropertiesComponent properties = context.getPropertiesComponent();
        return new SinkSettings(
                Integer.parseInt(properties.resolveProperty(BULK_THRESHOLD).orElse("2000")),
                Integer.parseInt(properties.resolveProperty(RETRY_ATTEMPTS).orElse("5")),
                Duration.ofMillis(
                        Long.parseLong(properties.resolveProperty(RETRY_DELAY).orElse("1000"))),
                Duration.ofMillis(Long.parseLong(
                        properties.resolveProperty(RETRY_MAX_DELAY).orElse("60000"))));
    }

    /** Exponential backoff: the delay before retry number {@code attempt} (1-based). */
    public long backoffMillis(int attempt) {
        if (attempt <= 0) {
            return 0;
        }
        long delay = retryDelay.toMillis() << Math.min(attempt - 1, 30);
        return Math.min(delay, retryMaxDelay.toMillis());
    }
}
