package io.marketsync.salesforce;

import io.marketsync.mapping.MappedRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.component.salesforce.api.SalesforceException;
import org.apache.camel.component.salesforce.api.dto.bulkv2.ContentTypeEnum;
import org.apache.camel.component.salesforce.api.dto.bulkv2.Job;
import org.apache.camel.component.salesforce.api.dto.bulkv2.JobStateEnum;
import org.apache.camel.component.salesforce.api.dto.bulkv2.LineEndingEnum;
import org.apache.camel.component.salesforce.api.dto.bulkv2.OperationEnum;

/**
 * The Bulk API 2.0 side of the sink: the upsert job and its CSV for a batch, and the job's successful,
 * failed and unprocessed records read back into the page by external id.
 */
public final class BulkUpsert {

    /** Bulk 2.0 sets a field to null with this value; an empty cell leaves it unchanged. */
    private static final String NULL_VALUE = "#N/A";

    static final String UNPROCESSED = "BULK_UNPROCESSED";

    private static final String STARTED = "MarketSyncBulkJobStarted";

    private final Duration timeout;

    /** @param timeout how long a job may take before the page fails (Salesforce keeps working on it) */
    public BulkUpsert(Duration timeout) {
        this.timeout = timeout;
    }

    /** The body for {@code salesforce:bulk2CreateJob}. */
    public Job job(Exchange exchange) {
        exchange.setProperty(STARTED, System.nanoTime());
        WriteBatch batch = batch(exchange);
        Job job = new Job();
        job.setObject(batch.getObject());
        job.setOperation(OperationEnum.UPSERT);
        job.setExternalIdFieldName(batch.getExternalIdField());
        job.setContentType(ContentTypeEnum.CSV);
        job.setLineEnding(LineEndingEnum.LF);
        return job;
    }

    /** The body for {@code salesforce:bulk2CreateBatch}: every record of the batch as one CSV upload. */
    public String csv(Exchange exchange) {
        List<Map<String, String>> rows = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>();
        for (MappedRecord record : batch(exchange).pendingRecords()) {
            Map<String, String> row = new HashMap<>();
            flatten("", record.record(), row);
            columns.addAll(row.keySet());
            rows.add(row);
        }
        List<String> header = List.copyOf(columns);
        List<List<String>> lines = rows.stream()
                .map(row -> header.stream().map(c -> row.getOrDefault(c, "")).toList())
                .toList();
        return Csv.write(header, lines);
    }

    /** Lookups (nested maps) become relationship columns such as {@code Account__r.AWS_Account_Id__c}. */
    private static void flatten(String prefix, Map<?, ?> values, Map<String, String> row) {
        values.forEach((key, value) -> {
            if (prefix.isEmpty() && "attributes".equals(key)) {
                return;
            }
            String column = prefix + key;
            if (value instanceof Map<?, ?> nested) {
                flatten(column + ".", nested, row);
            } else {
                row.put(column, value == null ? NULL_VALUE : value.toString());
            }
        });
    }

    /** True while the job is still being processed. */
    public boolean unfinished(Exchange exchange, Job job) throws SalesforceException {
        JobStateEnum state = job.getState();
        boolean unfinished =
                state != JobStateEnum.JOB_COMPLETE && state != JobStateEnum.FAILED && state != JobStateEnum.ABORTED;
        long started = exchange.getProperty(STARTED, System.nanoTime(), Long.class);
        if (unfinished && System.nanoTime() - started > timeout.toNanos()) {
            // The page fails and its watermark stays; the next run sends the records again.
            throw new SalesforceException(
                    "Bulk API 2.0 job " + job.getId() + " still " + state + " after " + timeout
                            + " (marketsync.salesforce.bulk.timeout)",
                    0);
        }
        return unfinished;
    }

    /** A job that failed or was aborted as a whole fails the page. */
    public void requireComplete(Job job) throws SalesforceException {
        if (job.getState() != JobStateEnum.JOB_COMPLETE) {
            throw new SalesforceException(
                    "Bulk API 2.0 job " + job.getId() + " ended " + job.getState() + ": " + job.getErrorMessage(), 0);
        }
    }

    public void successfulResults(Exchange exchange) {
        SinkPage page = page(exchange);
        forEachRow(
                exchange,
                (record, row) ->
                        page.accepted(record, row.get("sf__Id"), Boolean.parseBoolean(row.get("sf__Created"))));
    }

    public void failedResults(Exchange exchange) {
        SinkPage page = page(exchange);
        forEachRow(exchange, (record, row) -> {
            BulkError error = BulkError.parse(row.get("sf__Error"));
            page.rejected(record, error.code(), error.message());
        });
    }

    /** Records the job never got to are failed records too, so a later run sends them again. */
    public void unprocessedRecords(Exchange exchange) {
        SinkPage page = page(exchange);
        forEachRow(
                exchange,
                (record, row) -> page.rejected(record, UNPROCESSED, "Bulk API 2.0 did not process the record"));
    }

    private interface RowHandler {
        void handle(MappedRecord record, Map<String, String> row);
    }

    private static void forEachRow(Exchange exchange, RowHandler handler) {
        WriteBatch batch = batch(exchange);
        Map<String, MappedRecord> byExternalId = new HashMap<>();
        batch.pendingRecords().forEach(r -> byExternalId.put(r.externalId(), r));
        String csv = exchange.getMessage().getBody(String.class);
        for (Map<String, String> row : Csv.read(csv == null ? "" : csv)) {
            MappedRecord record = byExternalId.get(row.get(batch.getExternalIdField()));
            if (record != null) {
                handler.handle(record, row);
            }
        }
    }

    private static WriteBatch batch(Exchange exchange) {
        return exchange.getProperty(SinkExchange.BATCH, WriteBatch.class);
    }

    private static SinkPage page(Exchange exchange) {
        return exchange.getProperty(SinkExchange.SINK_PAGE, SinkPage.class);
    }

    /** {@code sf__Error} reads {@code STATUS_CODE:message:fields --}. */
    record BulkError(String code, String message) {
        static BulkError parse(String text) {
            if (text == null || text.isBlank()) {
                return new BulkError("UNKNOWN_ERROR", "Bulk API 2.0 gave no error text");
            }
            String trimmed =
                    text.endsWith("--") ? text.substring(0, text.length() - 2).trim() : text;
            int colon = trimmed.indexOf(':');
            if (colon < 0) {
                return new BulkError(trimmed, trimmed);
            }
            String rest = trimmed.substring(colon + 1);
            int fields = rest.lastIndexOf(':');
            return new BulkError(trimmed.substring(0, colon), fields < 0 ? rest : rest.substring(0, fields));
        }
    }
}
