package io.marketsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketsync.state.FailedRecord;
import io.marketsync.state.StateStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the body with the endpoint's mappings. The body becomes the Salesforce records; the headers of
 * {@link MappingHeaders} describe them. Records that cannot be mapped go to {@code MAPPING_FAILURES} and, when
 * the registry holds a {@link StateStore}, to its failed records with code {@code MAPPING_ERROR}; the rest of
 * the page carries on.
 */
public class MappingProducer extends DefaultProducer {

    static final String ERROR_CODE = "MAPPING_ERROR";

    private static final Logger LOG = LoggerFactory.getLogger(MappingProducer.class);

    private MappingRegistry registry;

    public MappingProducer(MappingEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public MappingEndpoint getEndpoint() {
        return (MappingEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        registry = getEndpoint().getComponent().getRegistry();
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        JsonNode input = JsonInput.of(message.getBody());
        List<Map<String, Object>> records = new ArrayList<>();
        List<MappedRecord> mapped = new ArrayList<>();
        List<MappingFailure> failures = new ArrayList<>();
        Mapping last = null;
        int sourceCount = 0;
        for (String name : getEndpoint().getMappingNames()) {
            last = registry.get(name);
            MappingResult result = last.apply(input);
            records.addAll(result.salesforceRecords());
            mapped.addAll(result.records());
            failures.addAll(result.failures());
            sourceCount = result.sourceCount();
        }
        message.setBody(records);
        message.setHeader(MappingHeaders.TARGET_OBJECT, last.target().object());
        message.setHeader(MappingHeaders.EXTERNAL_ID_FIELD, last.target().externalId());
        message.setHeader(MappingHeaders.MAPPED_RECORDS, mapped);
        message.setHeader(MappingHeaders.MAPPING_FAILURES, failures);
        message.setHeader(MappingHeaders.SOURCE_COUNT, sourceCount);
        if (!failures.isEmpty()) {
            record(exchange, failures);
        }
    }

    private void record(Exchange exchange, List<MappingFailure> failures) {
        String routeId = exchange.getFromRouteId();
        for (MappingFailure f : failures) {
            LOG.warn("Route {}: {} refused record {}: {}", routeId, f.mapping(), f.sourceKey(), f.reason());
        }
        StateStore store = getEndpoint().getCamelContext().getRegistry().findSingleByType(StateStore.class);
        if (store == null) {
            return;
        }
        for (MappingFailure f : failures) {
            store.failedRecords()
                    .record(FailedRecord.of(routeId, f.mapping(), f.sourceKey(), f.payload(), ERROR_CODE, f.reason()));
        }
    }
}
