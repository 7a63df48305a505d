package io.marketsync.sandbox.salesforce;

import io.marketsync.salesforce.metadata.ObjectDef;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes Change Data Capture events for committed writes, on the entity's channel
 * ({@code /data/OpportunityChangeEvent}, {@code /data/Offer__ChangeEvent}) and on
 * {@code /data/ChangeEvents}, with the ChangeEventHeader Salesforce sends over CometD.
 */
final class ChangeEvents {

    static final String ALL_CHANNEL = "/data/ChangeEvents";

    private final StreamingBus bus;
    private final Clock clock;
    private final AtomicLong commitNumber = new AtomicLong(10_978_304_000L);

    ChangeEvents(StreamingBus bus, Clock clock) {
        this.bus = bus;
        this.clock = clock;
    }

    /** One record's change: type CREATE, UPDATE or DELETE, the field values sent and the names changed. */
    record Change(
            ObjectDef object,
            String recordId,
            String changeType,
            Map<String, Object> values,
            List<String> changedFields) {}

    /** Publishes the changes of one committed transaction, numbered in order within it. */
    void publish(List<Change> changes, String userId, String changeOrigin) {
        if (changes.isEmpty()) {
            return;
        }
        String transactionKey = UUID.randomUUID().toString();
        long commit = commitNumber.incrementAndGet();
        long timestamp = clock.millis();
        int sequence = 0;
        for (Change change : changes) {
            Map<String, Object> header = new LinkedHashMap<>();
            header.put("entityName", change.object().name());
            header.put("recordIds", List.of(change.recordId()));
            header.put("changeType", change.changeType());
            header.put("changeOrigin", changeOrigin);
            header.put("transactionKey", transactionKey);
            header.put("sequenceNumber", ++sequence);
            header.put("commitTimestamp", timestamp);
            header.put("commitNumber", commit);
            header.put("commitUser", userId);
            header.put("changedFields", change.changedFields());
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("ChangeEventHeader", header);
            payload.putAll(change.values());
            bus.publish(channel(change.object()), payload);
            bus.publish(ALL_CHANNEL, payload);
        }
    }

    /** {@code /data/OpportunityChangeEvent} for Opportunity, {@code /data/Offer__ChangeEvent} for Offer__c. */
    static String channel(ObjectDef object) {
        String name = object.name();
        String entity =
                name.endsWith("__c") ? name.substring(0, name.length() - 1) + "ChangeEvent" : name + "ChangeEvent";
        return "/data/" + entity;
    }
}
