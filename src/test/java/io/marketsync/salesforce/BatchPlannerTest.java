package io.marketsync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketsync.mapping.MappedRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BatchPlannerTest {

    @Test
    void childrenComeAfterTheObjectsTheyLookUpAndChunksHoldAtMost200() {
        List<MappedRecord> records = new ArrayList<>();
        records.addAll(
                records("Marketplace_Agreement__c", "Agreement_Id__c", 450, Set.of("Account", "Marketplace_Offer__c")));
        records.addAll(records("Marketplace_Offer__c", "Offer_Id__c", 3, Set.of("Account")));
        records.addAll(records("Account", "AWS_Account_Id__c", 2, Set.of()));

        List<WriteBatch> batches = new BatchPlanner(2000).plan(records);

        assertThat(batches)
                .extracting(WriteBatch::getObject)
                .containsExactly(
                        "Account",
                        "Marketplace_Offer__c",
                        "Marketplace_Agreement__c",
                        "Marketplace_Agreement__c",
                        "Marketplace_Agreement__c");
        assertThat(batches).extracting(b -> b.pendingRecords().size()).containsExactly(2, 3, 200, 200, 50);
        assertThat(batches).noneMatch(WriteBatch::isBulk);
    }

    @Test
    void anObjectAboveTheThresholdBecomesOneBulkBatch() {
        List<WriteBatch> batches = new BatchPlanner(2000).plan(records("Account", "AWS_Account_Id__c", 2001, Set.of()));

        assertThat(batches).singleElement().satisfies(b -> {
            assertThat(b.isBulk()).isTrue();
            assertThat(b.pendingRecords()).hasSize(2001);
        });
    }

    @Test
    void theLaterVersionOfARepeatedExternalIdWins() {
        MappedRecord first = record("Account", "AWS_Account_Id__c", "1", Map.of("Name", "Old"), Set.of());
        MappedRecord second = record("Account", "AWS_Account_Id__c", "1", Map.of("Name", "New"), Set.of());

        List<WriteBatch> batches = new BatchPlanner(2000).plan(List.of(first, second));

        assertThat(batches.get(0).pendingRecords()).containsExactly(second);
    }

    static List<MappedRecord> records(String object, String externalIdField, int count, Set<String> parents) {
        List<MappedRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(record(object, externalIdField, object + "-" + i, Map.of("Name", "n" + i), parents));
        }
        return records;
    }

    static MappedRecord record(
            String object, String externalIdField, String externalId, Map<String, Object> fields, Set<String> parents) {
        return new MappedRecord(
                object, externalIdField, externalId, "test.yaml", externalId, fields, parents, Set.of());
    }
}
