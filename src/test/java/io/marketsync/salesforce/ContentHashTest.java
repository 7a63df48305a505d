package io.marketsync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void keyOrderDoesNotChangeTheHashAtAnyLevel() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("attributes", Map.of("type", "Marketplace_Agreement__c"));
        a.put("Agreement_Id__c", "agmt-1");
        a.put("Account__r", new LinkedHashMap<>(Map.of("AWS_Account_Id__c", "123456789012")));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("Account__r", Map.of("AWS_Account_Id__c", "123456789012"));
        b.put("Agreement_Id__c", "agmt-1");
        b.put("attributes", Map.of("type", "Marketplace_Agreement__c"));

        assertThat(ContentHash.of(a)).isEqualTo(ContentHash.of(b)).hasSize(64);
    }

    @Test
    void anyValueChangesTheHash() {
        Map<String, Object> active = Map.of("Agreement_Id__c", "agmt-1", "Status__c", "Active");
        Map<String, Object> expired = Map.of("Agreement_Id__c", "agmt-1", "Status__c", "Expired");

        assertThat(ContentHash.of(active)).isNotEqualTo(ContentHash.of(expired));
    }
}
