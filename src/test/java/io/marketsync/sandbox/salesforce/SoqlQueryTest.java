package io.marketsync.sandbox.salesforce;

import static io.marketsync.sandbox.salesforce.SimulatedOrgFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SOQL through {@code query/}: operators, relationships, ordering, paging and Salesforce's errors. */
class SoqlQueryTest {

    private static SimulatedOrgFixture org;
    private static String userId;

    @BeforeAll
    static void seed() {
        org = new SimulatedOrgFixture();
        userId = org.sf.integrationUser().id();
        SimulatedOrg data = org.sf.org();
        data.insert("Account", Map.of("Name", "Acme", "AWS_Account_Id__c", "111111111111"), userId);
        data.insert("Account", Map.of("Name", "Globex", "AWS_Account_Id__c", "222222222222"), userId);
        offer("o-1", "Alpha", "Active", 100, "2025-02-01", "111111111111", null);
        offer("o-2", "Beta", "Expired", 250.5, "2024-12-31", "222222222222", "renewal due");
        offer("o-3", "Gamma", "Draft", null, null, null, null);
        offer("o-4", "alpine", "Active", 75, "2025-01-01", "111111111111", null);
    }

    private static void offer(
            String key, String name, String status, Number amount, String expires, String aws, String notes) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("Name", name);
        fields.put("Status__c", status);
        fields.put("Amount__c", amount);
        fields.put("Expires_On__c", expires);
        fields.put("Notes__c", notes);
        if (aws != null) {
            fields.put("Buyer_Account__r", Map.of("AWS_Account_Id__c", aws));
        }
        assertThat(org.sf
                        .org()
                        .upsert("Sim_Offer__c", "Offer_Id__c", key, fields, userId)
                        .success())
                .isTrue();
    }

    @AfterAll
    static void stop() {
        org.close();
    }

    private static List<String> keys(String soql) {
        HttpResponse<String> response = org.query(soql);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        json(response)
                .path("records")
                .forEach(r -> keys.add(r.path("Offer_Id__c").asText()));
        return keys;
    }

    @Test
    void comparisonOperators() {
        String base = "SELECT Offer_Id__c FROM Sim_Offer__c WHERE ";
        assertThat(keys(base + "Status__c = 'active' ORDER BY Offer_Id__c")).containsExactly("o-1", "o-4");
        assertThat(keys(base + "Status__c != 'Active' ORDER BY Offer_Id__c")).containsExactly("o-2", "o-3");
        assertThat(keys(base + "Status__c <> 'Active' ORDER BY Offer_Id__c")).containsExactly("o-2", "o-3");
        assertThat(keys(base + "Amount__c > 99 ORDER BY Offer_Id__c")).containsExactly("o-1", "o-2");
        assertThat(keys(base + "Amount__c >= 100 AND Amount__c <= 100")).containsExactly("o-1");
        assertThat(keys(base + "Amount__c < 100")).containsExactly("o-4");
        assertThat(keys(base + "Expires_On__c < 2025-01-01")).containsExactly("o-2");
        assertThat(keys(base + "Expires_On__c = TODAY")).containsExactly("o-4");
        assertThat(keys(base + "CreatedDate = TODAY ORDER BY Offer_Id__c")).containsExactly("o-1", "o-2", "o-3", "o-4");
        assertThat(keys(base + "CreatedDate > 2025-01-01T00:00:00Z")).isEmpty();
        assertThat(keys(base + "Auto_Renew__c = FALSE ORDER BY Offer_Id__c")).hasSize(4);
    }

    @Test
    void inLikeNullAndBooleanLogic() {
        String base = "SELECT Offer_Id__c FROM Sim_Offer__c WHERE ";
        assertThat(keys(base + "Status__c IN ('Draft', 'Expired') ORDER BY Offer_Id__c"))
                .containsExactly("o-2", "o-3");
        assertThat(keys(base + "Status__c NOT IN ('Draft', 'Expired') ORDER BY Offer_Id__c"))
                .containsExactly("o-1", "o-4");
        assertThat(keys(base + "Name LIKE 'alp%' ORDER BY Offer_Id__c")).containsExactly("o-1", "o-4");
        assertThat(keys(base + "Amount__c = NULL")).containsExactly("o-3");
        assertThat(keys(base + "Notes__c != NULL")).containsExactly("o-2");
        assertThat(keys(base + "(Status__c = 'Draft' OR Amount__c > 200) AND NOT Name LIKE 'B%'"))
                .containsExactly("o-3");
    }

    @Test
    void orderByLimitOffsetAndNulls() {
        String base = "SELECT Offer_Id__c FROM Sim_Offer__c ";
        assertThat(keys(base + "ORDER BY Amount__c")).containsExactly("o-3", "o-4", "o-1", "o-2");
        assertThat(keys(base + "ORDER BY Amount__c DESC")).containsExactly("o-2", "o-1", "o-4", "o-3");
        assertThat(keys(base + "ORDER BY Amount__c ASC NULLS LAST")).containsExactly("o-4", "o-1", "o-2", "o-3");
        assertThat(keys(base + "ORDER BY Status__c, Name DESC")).containsExactly("o-4", "o-1", "o-3", "o-2");
        assertThat(keys(base + "ORDER BY Offer_Id__c LIMIT 2 OFFSET 1")).containsExactly("o-2", "o-3");
    }

    @Test
    void countAndRelationshipFields() {
        JsonNode count = json(org.query("SELECT COUNT() FROM Sim_Offer__c WHERE Status__c = 'Active'"));
        assertThat(count.path("totalSize").asInt()).isEqualTo(2);
        assertThat(count.path("records").size()).isZero();

        JsonNode result = json(
                org.query(
                        "SELECT Id, Name, Buyer_Account__r.Name, Buyer_Account__r.AWS_Account_Id__c FROM Sim_Offer__c ORDER BY Offer_Id__c"));
        JsonNode first = result.path("records").get(0);
        assertThat(first.path("attributes").path("type").asText()).isEqualTo("Sim_Offer__c");
        assertThat(first.path("attributes").path("url").asText())
                .isEqualTo(
                        org.data() + "sobjects/Sim_Offer__c/" + first.path("Id").asText());
        assertThat(first.path("Buyer_Account__r").path("Name").asText()).isEqualTo("Acme");
        assertThat(first.path("Buyer_Account__r").path("AWS_Account_Id__c").asText())
                .isEqualTo("111111111111");
        assertThat(first.path("Buyer_Account__r")
                        .path("attributes")
                        .path("type")
                        .asText())
                .isEqualTo("Account");
        assertThat(result.path("records").get(2).path("Buyer_Account__r").isNull())
                .isTrue();
        assertThat(keys("SELECT Offer_Id__c FROM Sim_Offer__c WHERE Buyer_Account__r.Name = 'Globex'"))
                .containsExactly("o-2");
    }

    @Test
    void malformedQueriesAndUnknownNames() {
        JsonNode malformed = json(org.query("SELECT Id FORM Sim_Offer__c")).get(0);
        assertThat(malformed.path("errorCode").asText()).isEqualTo("MALFORMED_QUERY");
        assertThat(malformed.path("message").asText())
                .isEqualTo(
                        "\nSELECT Id FORM Sim_Offer__c\n          ^\nERROR at Row:1:Column:11\nunexpected token: FORM");

        JsonNode mixed = json(org.query("SELECT Id FROM Sim_Offer__c WHERE Name = 'a' AND Name = 'b' OR Name = 'c'"))
                .get(0);
        assertThat(mixed.path("errorCode").asText()).isEqualTo("MALFORMED_QUERY");

        HttpResponse<String> field = org.query("SELECT Id, Nope__c FROM Sim_Offer__c");
        assertThat(field.statusCode()).isEqualTo(400);
        assertThat(json(field).get(0).path("errorCode").asText()).isEqualTo("INVALID_FIELD");
        assertThat(json(field).get(0).path("message").asText())
                .contains("No such column 'Nope__c' on entity 'Sim_Offer__c'");

        JsonNode type = json(org.query("SELECT Id FROM Nothing__c")).get(0);
        assertThat(type.path("errorCode").asText()).isEqualTo("INVALID_TYPE");
        assertThat(type.path("message").asText()).contains("sObject type 'Nothing__c' is not supported");

        JsonNode quotedNumber = json(org.query("SELECT Id FROM Sim_Offer__c WHERE Amount__c = '5'"))
                .get(0);
        assertThat(quotedNumber.path("errorCode").asText()).isEqualTo("INVALID_FIELD");
        assertThat(quotedNumber.path("message").asText())
                .contains(
                        "value of filter criterion for field 'Amount__c' must be of type currency and should not be enclosed in quotes");
    }

    @Test
    void queryAllIncludesDeletedRecords() {
        String id =
                org.sf.org().insert("Account", Map.of("Name", "Doomed"), userId).id();
        org.sf.org().delete("Account", id, userId);
        String soql = "SELECT Id, IsDeleted FROM Account WHERE Name = 'Doomed'";
        assertThat(json(org.query(soql)).path("totalSize").asInt()).isZero();
        JsonNode all = json(org.get("queryAll/?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8)));
        assertThat(all.path("records").get(0).path("IsDeleted").asBoolean()).isTrue();
    }
}
