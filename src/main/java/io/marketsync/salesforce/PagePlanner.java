package io.marketsync.salesforce;

import io.marketsync.mapping.MappedRecord;
import io.marketsync.state.Fingerprints;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** First step of the sink: leaves out unchanged records and plans the Salesforce calls for the others. */
public final class PagePlanner implements Processor {

    private final ChangeDetector changeDetector;
    private final BatchPlanner batchPlanner;

    public PagePlanner(Fingerprints fingerprints, SinkSettings settings) {
        this.changeDetector = new ChangeDetector(fingerprints);
        this.batchPlanner = new BatchPlanner(settings.bulkThreshold());
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        List<MappedRecord> records = PageRecords.of(exchange);
        ChangeDetector.Changes changes = changeDetector.detect(records);
        List<WriteBatch> batches = batchPlanner.plan(
                records.stream().filter(changes.changed()::containsKey).toList());
        exchange.setProperty(
                SinkExchange.SINK_PAGE,
                new SinkPage(PageRecords.routeId(exchange), changes.changed(), batches, changes.unchanged()));
    }
}
