package io.marketsync.salesforce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketsync.mapping.MappedRecord;
import io.marketsync.mapping.Mapping;
import io.marketsync.mapping.MappingComponent;
import io.marketsync.mapping.MappingHeaders;
import io.marketsync.mapping.MappingResult;
import io.marketsync.state.FailedRecord;
import io.marketsync.state.FailedRecords;
import io.marketsync.state.RunCounts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a route's failed records that are due for retry through the sink again, in their own exchange so
 * the caller's page is left as it is. The sink resolves those Salesforce accepts; the others get their
 * next retry pushed out. Mapping failures are mapped again from their stored source record first, so a
 * mapping fixed since (and hot-reloaded) brings them in.
 */
@ManagedResource(description = "Failed records: re-sends them through the Salesforce sink")
public final class FailedRecordRetry extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(FailedRecordRetry.class);
    private static final int MAX_RECORDS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FailedRecords failedRecords;
    private final ProducerTemplate producer;

    public FailedRecordRetry(FailedRecords failedRecords, ProducerTemplate producer) {
        this.failedRecords = failedRecords;
        this.producer = producer;
    }

    /** The step of {@code direct:salesforce-retry-failed}: the calling route's due failures. */
    public void process(Exchange exchange) throws Exception {
        retry(exchange, PageRecords.routeId(exchange), Instant.now());
    }

    /** For operators: every failed record of a route, due or not, goes through the sink again now. */
    @ManagedOperation(description = "Re-sends every failed record of a route now, whatever its backoff")
    public String retryNow(String routeId) throws Exception {
        int before = failedRecords.count(routeId);
        Exchange exchange = new DefaultExchange(producer.getCamelContext());
        // Later than any next retry the backoff can set: every stored failure of the route is due.
        retry(exchange, routeId, Instant.now().plus(Duration.ofDays(36500)));
        RunCounts counts = exchange.getProperty(SinkExchange.PAGE_COUNTS, RunCounts.ZERO, RunCounts.class);
        return "Retried " + before + " failed records of " + routeId + ": created " + counts.created()
                + ", updated " + counts.updated() + ", unchanged " + counts.unchanged() + ", still failing "
                + failedRecords.count(routeId);
    }

    @ManagedOperation(description = "Number of failed records stored for a route")
    public int failedRecords(String routeId) {
        return failedRecords.count(routeId);
    }

    private void retry(Exchange exchange, String routeId, Instant dueBy) throws Exception {
        List<MappedRecord> records = dueRecords(routeId, dueBy);
        if (records.isEmpty()) {
            return;
        }
        LOG.info("Retrying {} failed records of route {}", records.size(), routeId);
        Exchange retry = new DefaultExchange(exchange.getContext());
        Message message = retry.getMessage();
        message.setBody(records.stream().map(MappedRecord::record).toList());
        message.setHeader(MappingHeaders.MAPPED_RECORDS, records);
        message.setHeader(MappingHeaders.SOURCE_COUNT, 0L);
        message.setHeader(SinkExchange.ROUTE_ID, routeId);
        producer.send("direct:salesforce-upsert", retry);
        if (retry.getException() != null) {
            throw retry.getException();
        }
        RunCounts counts = retry.getProperty(SinkExchange.PAGE_COUNTS, RunCounts.ZERO, RunCounts.class);
        RunCounts before = exchange.getProperty(SinkExchange.PAGE_COUNTS, RunCounts.ZERO, RunCounts.class);
        exchange.setProperty(SinkExchange.PAGE_COUNTS, before.plus(counts));
        ApiCalls.add(exchange, retry.getProperty(SinkExchange.API_CALLS, 0L, Long.class));
    }

    private List<MappedRecord> dueRecords(String routeId, Instant dueBy) {
        List<MappedRecord> records = new ArrayList<>();
        for (FailedRecord failed : failedRecords.due(routeId, dueBy, MAX_RECORDS)) {
            if (PageCommitter.MAPPING_ERROR.equals(failed.errorCode())) {
                records.addAll(remapped(routeId, failed));
                continue;
            }
            try {
                records.add(MappedRecordJson.read(failed.payload()));
            } catch (JsonProcessingException e) {
                LOG.warn(
                        "Failed record {} of route {} has no Salesforce record to send: {}",
                        failed.sourceKey(),
                        routeId,
                        e.getOriginalMessage());
            }
        }
        return records;
    }

    /**
     * A record the mapping refused, mapped again from its stored source record with the mapping as it is
     * now (perhaps fixed and reloaded). Still refused, it stays failed with its next retry pushed out.
     */
    private List<MappedRecord> remapped(String routeId, FailedRecord failed) {
        try {
            Mapping mapping = producer.getCamelContext()
                    .getComponent("mapping", MappingComponent.class)
                    .getRegistry()
                    .get(failed.mapping());
            MappingResult result = mapping.apply(JSON.readTree(failed.payload()));
            result.failures().stream()
                    .filter(f -> f.sourceKey().equals(failed.sourceKey()))
                    .forEach(f -> failedRecords.record(FailedRecord.of(
                            routeId,
                            f.mapping(),
                            f.sourceKey(),
                            f.payload(),
                            PageCommitter.MAPPING_ERROR,
                            f.reason())));
            return result.records();
        } catch (JsonProcessingException | RuntimeException e) {
            failedRecords.record(FailedRecord.of(
                    routeId,
                    failed.mapping(),
                    failed.sourceKey(),
                    failed.payload(),
                    PageCommitter.MAPPING_ERROR,
                    e.getMessage()));
            return List.of();
        }
    }
}
