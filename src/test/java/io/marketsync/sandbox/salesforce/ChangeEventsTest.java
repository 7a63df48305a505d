package io.marketsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Change Data Capture and platform events published by writes through the REST API. */
class ChangeEventsTest {

    private final SimulatedOrgFixture org = new SimulatedOrgFixture();
    private final List<StreamingEvent> offerEvents = new CopyOnWriteArrayList<>();
    private final List<StreamingEvent> allChanges = new CopyOnWriteArrayList<>();
    private final List<StreamingEvent> platformEvents = new CopyOnWriteArrayList<>();

    @BeforeEach
    void subscribe() throws StreamingInvalidReplayIdException {
        ReplayStreamingBus bus = org.sf.streamingBus();
        bus.subscribe("/data/Sim_Offer__ChangeEvent", ReplayStreamingBus.NEW_EVENTS_ONLY, offerEvents::add);
        bus.subscribe("/data/ChangeEvents", ReplayStreamingBus.NEW_EVENTS_ONLY, allChanges::add);
        bus.subscribe("/event/Cosell_Action__e", ReplayStreamingBus.NEW_EVENTS_ONLY, platformEvents::add);
    }

    @AfterEach
    void stop() {
        org.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> header(StreamingEvent event) {
        return (Map<String, Object>) event.payload().get("ChangeEventHeader");
    }

    @Test
    void createUpdateAndDeleteEachPublishAChangeEvent() {
        String id = SimulatedOrgFixture.json(org.rest(
                        "PATCH",
                        "sobjects/Sim_Offer__c/Offer_Id__c/cdc-1",
                        Map.of("Name", "First", "Status__c", "Draft"),
                        "Sforce-Call-Options",
                        "client=marketsync"))
                .path("id")
                .asText();
        org.rest("PATCH", "sobjects/Sim_Offer__c/Offer_Id__c/cdc-1", Map.of("Name", "First", "Status__c", "Active"));
        org.rest("DELETE", "sobjects/Sim_Offer__c/" + id, null);

        assertThat(offerEvents).hasSize(3);
        Map<String, Object> created = header(offerEvents.get(0));
        assertThat(created)
                .containsEntry("entityName", "Sim_Offer__c")
                .containsEntry("changeType", "CREATE")
                .containsEntry("recordIds", List.of(id))
                .containsEntry("commitUser", org.sf.integrationUser().id())
                .containsEntry("changeOrigin", "com/salesforce/api/rest/62.0;client=marketsync")
                .containsEntry("sequenceNumber", 1)
                .containsEntry("commitTimestamp", org.clock.millis())
                .containsKeys("transactionKey", "commitNumber");
        assertThat(offerEvents.get(0).payload())
                .containsEntry("Name", "First")
                .containsEntry("Offer_Id__c", "cdc-1")
                .doesNotContainKey("Id");

        Map<String, Object> updated = header(offerEvents.get(1));
        assertThat(updated)
                .containsEntry("changeType", "UPDATE")
                .containsEntry("changedFields", List.of("Status__c", "LastModifiedDate"));
        assertThat(offerEvents.get(1).payload())
                .containsEntry("Status__c", "Active")
                .doesNotContainKey("Name");
        assertThat(updated.get("transactionKey")).isNotEqualTo(created.get("transactionKey"));
        assertThat((Long) updated.get("commitNumber")).isGreaterThan((Long) created.get("commitNumber"));

        assertThat(header(offerEvents.get(2)))
                .containsEntry("changeType", "DELETE")
                .containsEntry("recordIds", List.of(id));
        assertThat(allChanges).hasSize(3);
        assertThat(offerEvents.get(1).replayId())
                .isGreaterThan(offerEvents.get(0).replayId());
    }

    @Test
    void standardObjectsUseTheirChangeEventChannel() throws StreamingInvalidReplayIdException {
        List<StreamingEvent> opportunities = new CopyOnWriteArrayList<>();
        org.sf
                .streamingBus()
                .subscribe("/data/OpportunityChangeEvent", ReplayStreamingBus.NEW_EVENTS_ONLY, opportunities::add);
        org.rest(
                "POST",
                "sobjects/Opportunity",
                Map.of("Name", "Deal", "StageName", "Prospecting", "CloseDate", "2025-03-31"));
        assertThat(opportunities).hasSize(1);
        assertThat(header(opportunities.get(0))).containsEntry("entityName", "Opportunity");
    }

    @Test
    void collectionWritesShareOneTransactionInOrder() {
        List<Map<String, Object>> records = List.of(
                Map.of("attributes", Map.of("type", "Sim_Offer__c"), "Offer_Id__c", "t-1", "Name", "One"),
                Map.of("attributes", Map.of("type", "Sim_Offer__c"), "Offer_Id__c", "t-2", "Name", "Two"));
        org.rest(
                "PATCH", "composite/sobjects/Sim_Offer__c/Offer_Id__c", Map.of("allOrNone", false, "records", records));
        assertThat(offerEvents).hasSize(2);
        assertThat(header(offerEvents.get(0)).get("transactionKey"))
                .isEqualTo(header(offerEvents.get(1)).get("transactionKey"));
        assertThat(header(offerEvents.get(1))).containsEntry("sequenceNumber", 2);
    }

    @Test
    void failedAndRolledBackWritesPublishNothing() {
        List<Map<String, Object>> records = List.of(
                Map.of("attributes", Map.of("type", "Sim_Offer__c"), "Offer_Id__c", "r-1", "Name", "One"),
                Map.of(
                        "attributes",
                        Map.of("type", "Sim_Offer__c"),
                        "Offer_Id__c",
                        "r-2",
                        "Name",
                        "Two",
                        "Status__c",
                        "Nope"));
        org.rest("PATCH", "composite/sobjects/Sim_Offer__c/Offer_Id__c", Map.of("allOrNone", true, "records", records));
        assertThat(offerEvents).isEmpty();
    }

    @Test
    void platformEventCarriesItsFieldsAndCreator() {
        org.rest(
                "POST",
                "sobjects/Cosell_Action__e",
                Map.of("Action__c", "SUBMIT", "Opportunity_Id__c", "006000000000001AAA"));
        assertThat(platformEvents).hasSize(1);
        assertThat(platformEvents.get(0).payload())
                .containsEntry("Action__c", "SUBMIT")
                .containsEntry("CreatedById", org.sf.integrationUser().id())
                .containsEntry("CreatedDate", "2025-01-01T00:00:00.000+0000");
        assertThat(org.sf.counters().get(SimulatorCounters.EVENTS_PUBLISHED)).isEqualTo(1);
    }
}
