package io.marketsync.salesforce;

import io.marketsync.mapping.MappedRecord;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.salesforce.api.dto.RestError;
import org.apache.camel.component.salesforce.api.dto.UpsertSObjectResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares an sObject Collections upsert of a batch's pending records and reads its per-record results
 * back into the page. Records reported as locked ({@code UNABLE_TO_LOCK_ROW}) are sent again with a
 * backoff, up to the configured attempts.
 */
public final class CollectionUpsert {

    static final String UNABLE_TO_LOCK_ROW = "UNABLE_TO_LOCK_ROW";

    private static final Logger LOG = LoggerFactory.getLogger(CollectionUpsert.class);

    private final SinkSettings settings;

    public CollectionUpsert(SinkSettings settings) {
        this.settings = settings;
    }

    /** The backoff before the next pass over a batch: none for the first, exponential after locked rows. */
    public long backoff(Exchange exchange) {
        return settings.backoffMillis(batch(exchange).lockRetries());
    }

    /** Body and headers for {@code salesforce:compositeUpsertSObjectCollections}. */
    public void request(Exchange exchange) {
        WriteBatch batch = batch(exchange);
        Message message = exchange.getMessage();
        message.setHeader("sObjectName", batch.getObject());
        message.setHeader("sObjectIdName", batch.getExternalIdField());
        message.setBody(batch.pendingBodies());
    }

    /** Reads the results, in request order, into the page. */
    public void results(Exchange exchange) {
        WriteBatch batch = batch(exchange);
        SinkPage page = exchange.getProperty(SinkExchange.SINK_PAGE, SinkPage.class);
        List<?> results = exchange.getMessage().getBody(List.class);
        List<MappedRecord> sent = batch.pendingRecords();
        if (results == null || results.size() != sent.size()) {
            throw new IllegalStateException("Salesforce answered " + (results == null ? 0 : results.size())
                    + " results for " + sent.size() + " " + batch.getObject() + " records");
        }
        List<MappedRecord> locked = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            MappedRecord record = sent.get(i);
            UpsertSObjectResult result = (UpsertSObjectResult) results.get(i);
            if (Boolean.TRUE.equals(result.getSuccess())) {
                page.accepted(record, result.getId(), Boolean.TRUE.equals(result.getCreated()));
                continue;
            }
            RestError error = firstError(result.getErrors());
            if (UNABLE_TO_LOCK_ROW.equals(error.getErrorCode()) && batch.lockRetries() < settings.retryAttempts()) {
                locked.add(record);
            } else {
                page.rejected(record, error.getErrorCode(), error.getMessage());
            }
        }
        if (!locked.isEmpty()) {
            LOG.warn(
                    "{} {} records locked by another transaction (UNABLE_TO_LOCK_ROW): retry {} of {} in {} ms",
                    locked.size(),
                    batch.getObject(),
                    batch.lockRetries() + 1,
                    settings.retryAttempts(),
                    settings.backoffMillis(batch.lockRetries() + 1));
        }
        batch.sendAgain(locked);
    }

    private static RestError firstError(List<RestError> errors) {
        if (errors == null || errors.isEmpty()) {
            return new RestError("UNKNOWN_ERROR", "Salesforce refused the record without an error");
        }
        return errors.get(0);
    }

    private static WriteBatch batch(Exchange exchange) {
        return exchange.getProperty(SinkExchange.BATCH, WriteBatch.class);
    }
}
