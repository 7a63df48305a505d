package io.marketsync.aws;

import io.marketsync.state.Watermarks;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Queue;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * Polls one AWS Marketplace resource: reads the route's watermark, fetches one page at a time and
 * emits it as one exchange (body {@code {"records": [...]}}). The watermark moves to the page's
 * {@link AwsMarketplaceConstants#WATERMARK} only when that exchange completed; a failed exchange
 * leaves it and ends the poll, so the next poll reads the page again.
 */
@ManagedResource(description = "AWS Marketplace consumer")
public class AwsMarketplaceConsumer extends ScheduledBatchPollingConsumer {

    private final PageSource source;
    private Watermarks watermarks;
    private volatile Instant lastPollTime;
    private volatile String lastErrorMessage;

    public AwsMarketplaceConsumer(AwsMarketplaceEndpoint endpoint, Processor processor, PageSource source) {
        super(endpoint, processor);
        this.source = source;
    }

    @Override
    public AwsMarketplaceEndpoint getEndpoint() {
        return (AwsMarketplaceEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        watermarks = getEndpoint().getComponent().watermarks();
        super.doStart();
    }

    @Override
    protected synchronized int poll() throws Exception {
        lastPollTime = Instant.now();
        int[] emitted = {0};
        try {
            source.read(storedWatermark(), page -> {
                if (page.records().isEmpty()) {
                    watermarks.set(watermarkKey(), page.watermark());
                    return true;
                }
                emitted[0]++;
                return emit(page, emitted[0]);
            });
        } catch (Exception e) {
            lastErrorMessage = e.getMessage();
            throw e;
        }
        return emitted[0];
    }

    /** Processes one page; true when it completed and the poll may go on to the next. */
    private boolean emit(Page page, int pageNumber) throws Exception {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(MarketplaceRecords.page(page.records()));
        exchange.getMessage().setHeader(AwsMarketplaceConstants.WATERMARK, page.watermark());
        exchange.getMessage().setHeader(AwsMarketplaceConstants.PAGE_NUMBER, pageNumber);
        exchange.getMessage()
                .setHeader(
                        AwsMarketplaceConstants.RESOURCE,
                        getEndpoint().getResource().uriName());
        String key = watermarkKey();
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onComplete(Exchange completed) {
                watermarks.set(key, page.watermark());
            }
        });
        Queue<Object> batch = new ArrayDeque<>();
        batch.add(exchange);
        boolean completed = processBatch(batch) == 1;
        return completed && isBatchAllowed() && (maxMessagesPerPoll <= 0 || pageNumber < maxMessagesPerPoll);
    }

    /** Processes the exchanges in order and stops at the first that fails; returns how many completed. */
    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        for (int index = 0; index < total; index++) {
            Exchange exchange = (Exchange) exchanges.poll();
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            try {
                getProcessor().process(exchange);
                if (exchange.getException() != null) {
                    lastErrorMessage = exchange.getException().getMessage();
                    getExceptionHandler()
                            .handleException(
                                    "Page not processed; watermark left as it was", exchange, exchange.getException());
                    return index;
                }
            } finally {
                releaseExchange(exchange, false);
            }
        }
        pendingExchanges = 0;
        return total;
    }

    private String storedWatermark() {
        return watermarks.get(watermarkKey()).orElse(getEndpoint().getInitialWatermark());
    }

    private String watermarkKey() {
        String key = getEndpoint().getWatermarkKey();
        return key != null ? key : getRouteId();
    }

    @ManagedOperation(description = "Polls now, in the calling thread; returns the number of pages emitted")
    public int pollNow() throws Exception {
        if (!isRunAllowed() || isSuspended()) {
            throw new IllegalStateException("Consumer of " + getEndpoint().getEndpointUri() + " is not running");
        }
        return poll();
    }

    @ManagedOperation(description = "Forgets the watermark: the next poll reads from the initial watermark")
    public void resetWatermark() {
        watermarks.reset(watermarkKey());
    }

    @ManagedAttribute(description = "The stored watermark (or the initial one when none is stored)")
    public String getWatermark() {
        return storedWatermark();
    }

    @ManagedAttribute(description = "When the last poll started (ISO-8601), or null")
    public String getLastPollTime() {
        Instant time = lastPollTime;
        return time == null ? null : time.toString();
    }

    @ManagedAttribute(description = "The message of the last failed poll or page, or null")
    public String getLastErrorMessage() {
        return lastErrorMessage;
    }
}
