package io.marketsync.salesforce;

import io.marketsync.state.StateStore;
import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spi.Registry;

/**
 * Binds the beans that {@code routes/salesforce-sink.camel.yaml} and the {@code salesforce-stream} route
 * template refer to, and starts watching Salesforce calls. Call before the routes are started.
 */
public final class SalesforceBeans {

    public static final String PAGE_PLANNER = "salesforcePagePlanner";
    public static final String COLLECTION_UPSERT = "salesforceCollectionUpsert";
    public static final String BULK_UPSERT = "salesforceBulkUpsert";
    public static final String PAGE_COMMITTER = "salesforcePageCommitter";
    public static final String TRANSIENT_FAILURE = "salesforceTransientFailure";
    public static final String FAILED_RECORD_RETRY = "salesforceFailedRecordRetry";
    public static final String API_BUDGET_GOVERNOR = "apiBudgetGovernor";
    public static final String STREAM_POLICY = "salesforceStreamPolicy";
    public static final String STREAM_GAPS = "salesforceStreamGaps";

    private SalesforceBeans() {}

    public static void bind(CamelContext context, StateStore store) throws Exception {
        SinkSettings settings = SinkSettings.from(context);
        ApiBudgetGovernor governor = ApiBudgetGovernor.from(context, store.runs());
        StreamGaps gaps = new StreamGaps();
        ProducerTemplate producer = context.createProducerTemplate();

        Registry registry = context.getRegistry();
        registry.bind(PAGE_PLANNER, new PagePlanner(store.fingerprints(), settings, producer));
        registry.bind(COLLECTION_UPSERT, new CollectionUpsert(settings));
        Duration bulkTimeout = Duration.ofMillis(Long.parseLong(context.getPropertiesComponent()
                .resolveProperty("marketsync.salesforce.bulk.timeout")
                .orElse("1800000")));
        registry.bind(BULK_UPSERT, new BulkUpsert(bulkTimeout));
        registry.bind(PAGE_COMMITTER, new PageCommitter(store));
        registry.bind(TRANSIENT_FAILURE, new TransientFailure());
        FailedRecordRetry retry = new FailedRecordRetry(store.failedRecords(), producer);
        registry.bind(FAILED_RECORD_RETRY, retry);
        registry.bind(API_BUDGET_GOVERNOR, governor);
        registry.bind(STREAM_POLICY, new SalesforceStreamPolicy(store.replayIds(), gaps));
        registry.bind(STREAM_GAPS, gaps);

        context.addService(governor);
        context.addService(retry);
        context.addService(gaps);
        context.addService(producer);
        context.getManagementStrategy().addEventNotifier(new SalesforceCallObserver(governor));
        ReplayFallbackWatch.install(gaps);
    }
}
