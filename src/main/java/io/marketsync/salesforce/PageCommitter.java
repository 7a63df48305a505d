package io.marketsync.salesforce;

import io.marketsync.mapping.MappedRecord;
import io.marketsync.mapping.MappingFailure;
import io.marketsync.mapping.MappingHeaders;
import io.marketsync.state.FailedRecord;
import io.marketsync.state.FailedRecords;
import io.marketsync.state.PageCommit;
import io.marketsync.state.RunCounts;
import io.marketsync.state.StateStore;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Last step of the sink, reached only when every write call succeeded: stores the records Salesforce
 * refused, then commits the accepted records' fingerprints, the failures they resolve
 * and the route's new watermark in one transaction, and hands the page's counts to the run tracker.
 */
public final class PageCommitter implements Processor {

    /** The code the {@code mapping:} component stores its failures with. */
    static final String MAPPING_ERROR = "MAPPING_ERROR";

    private final StateStore store;

    public PageCommitter(StateStore store) {
        this.store = store;
    }

    @Override
    public void process(Exchange exchange) {
        SinkPage page = exchange.getProperty(SinkExchange.SINK_PAGE, SinkPage.class);
        Message in = exchange.getMessage();
        String routeId = page.getRouteId();
        FailedRecords failedRecords = store.failedRecords();
        for (SinkPage.Rejection rejection : page.rejections()) {
            MappedRecord record = rejection.record();
            failedRecords.record(FailedRecord.of(
                    routeId,
                    record.mapping(),
                    record.sourceKey(),
                    MappedRecordJson.write(record),
                    rejection.errorCode(),
                    rejection.message()));
        }
        // the mapping: component stored its own failures (MAPPING_ERROR); they count as failed here
        List<MappingFailure> mappingFailures = mappingFailures(in);
        store.commitPage(new PageCommit(
                routeId,
                in.getHeader(SinkExchange.WATERMARK, String.class),
                page.fingerprints(),
                resolved(routeId, page)));
        countPage(exchange, page, mappingFailures.size());
        // later Salesforce calls of this exchange are not this page's
        exchange.removeProperty(SinkExchange.SINK_PAGE);
    }

    /** Accepted records that had failed before, by this sink or by the mapping. */
    private List<PageCommit.ResolvedFailure> resolved(String routeId, SinkPage page) {
        FailedRecords failedRecords = store.failedRecords();
        int stored = failedRecords.count(routeId);
        if (stored == 0) {
            return List.of();
        }
        Set<PageCommit.ResolvedFailure> failed = new HashSet<>();
        failedRecords
                .list(routeId, stored)
                .forEach(f -> failed.add(new PageCommit.ResolvedFailure(f.mapping(), f.sourceKey())));
        return page.acceptedRecords().stream()
                .map(r -> new PageCommit.ResolvedFailure(r.mapping(), r.sourceKey()))
                .filter(failed::contains)
                .distinct()
                .toList();
    }

    private static void countPage(Exchange exchange, SinkPage page, int mappingFailures) {
        Long sourceCount = exchange.getMessage().getHeader(MappingHeaders.SOURCE_COUNT, Long.class);
        long read = sourceCount != null ? sourceCount : page.recordCount() + mappingFailures;
        RunCounts counts = new RunCounts(
                read,
                page.created(),
                page.updated(),
                page.unchanged(),
                page.rejections().size() + mappingFailures,
                page.apiCalls());
        RunCounts before = exchange.getProperty(SinkExchange.PAGE_COUNTS, RunCounts.ZERO, RunCounts.class);
        exchange.setProperty(SinkExchange.PAGE_COUNTS, before.plus(counts));
        ApiCalls.add(exchange, page.apiCalls());
    }

    @SuppressWarnings("unchecked")
    private static List<MappingFailure> mappingFailures(Message in) {
        List<MappingFailure> failures = in.getHeader(MappingHeaders.MAPPING_FAILURES, List.class);
        return failures == null ? List.of() : failures;
    }
}
