package io.marketsync.salesforce;

import io.marketsync.mapping.MappedRecord;
import io.marketsync.state.Fingerprints;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;

/** First step of the sink: leaves out unchanged records and plans the Salesforce calls for the others. */
public final class PagePlanner implements Processor {

    private final ChangeDetector changeDetector;
    private final BatchPlanner batchPlanner;
    private final ExistingRecords existingRecords;

    public PagePlanner(Fingerprints fingerprints, SinkSettings settings, ProducerTemplate producer) {
        this.changeDetector = new ChangeDetector(fingerprints);
        this.batchPlanner = new BatchPlanner(settings.bulkThreshold());
        this.existingRecords = new ExistingRecords(producer);
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        List<MappedRecord> records = PageRecords.of(exchange);
        ChangeDetector.Changes changes = changeDetector.detect(records);
        List<MappedRecord> changed =
                records.stream().filter(changes.changed()::containsKey).toList();
        List<MappedRecord> toSend = existingRecords.withoutCreateOnlyFieldsOfExisting(exchange, changed);
        // The fingerprint stays the hash of the whole mapped record, whatever part of it is sent.
        Map<MappedRecord, String> hashes = new LinkedHashMap<>();
        for (int i = 0; i < changed.size(); i++) {
            hashes.put(toSend.get(i), changes.changed().get(changed.get(i)));
        }
        List<WriteBatch> batches = batchPlanner.plan(toSend);
        exchange.setProperty(
                SinkExchange.SINK_PAGE,
                new SinkPage(PageRecords.routeId(exchange), hashes, batches, changes.unchanged()));
    }
}
