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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a route's failed records that are due for retry through the sink again, in their own exchange so
 * the caller's page is left as it is. The sink resolves those Salesforce accepts; the others get their
 * next retry pushed out. Mapping failures are mapped again from their stored source record first, so a
 * mapping fixed since (and hot-reloaded) brings them in.
 */
public final class FailedRecordRetry implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(FailedRecordRetry.class);
    private static final int MAX_RECORDS = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FailedRecords failedRecords;
    private final ProducerTemplate producer;

    public FailedRecordRetry(FailedRecords failedRecords, ProducerTemplate producer) {
        this.failedRecords = failedRecords;
        this.producer = producer;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        String routeId = PageRecords.routeId(exchange);
        List<MappedRecord> records = dueRecords(routeId);
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

    private List<MappedRecord> dueRecords(String routeId) {
        List<MappedRecord> records = new ArrayList<>();
        for (FailedRecord failed : failedRecords.due(routeId, Instant.now(), MAX_RECORDS)) {
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
