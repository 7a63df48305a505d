package io.marketsync.sandbox.salesforce;

import static io.marketsync.sandbox.salesforce.SimulatedOrgFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The REST API over plain HTTP: writes, reads, collections and Salesforce's error bodies. */
class SalesforceRestTest {

    private final SimulatedOrgFixture org = new SimulatedOrgFixture();

    @AfterEach
    void stop() {
        org.close();
    }

    private static Map<String, Object> offer(String name) {
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("Name", name);
        offer.put("Status__c", "Active");
        return offer;
    }

    @Test
    void upsertCreatesThenUpdatesByExternalId() {
        HttpResponse<String> created = org.rest("PATCH", "sobjects/Sim_Offer__c/Offer_Id__c/offer%2F1", offer("First"));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json(created);
        assertThat(body.path("created").asBoolean()).isTrue();
        assertThat(body.path("success").asBoolean()).isTrue();
        assertThat(body.path("errors").size()).isZero();
        String id = body.path("id").asText();
        assertThat(id).hasSize(18).startsWith(org.sf.org().prefixes().of("Sim_Offer__c"));
        assertThat(SalesforceIds.isValid(id)).isTrue();

        HttpResponse<String> updated =
                org.rest("PATCH", "sobjects/Sim_Offer__c/Offer_Id__c/offer%2F1", offer("Renamed"));
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(json(updated).path("created").asBoolean()).isFalse();
        assertThat(json(updated).path("id").asText()).isEqualTo(id);

        JsonNode record = json(org.get("sobjects/Sim_Offer__c/" + id));
        assertThat(record.path("Name").asText()).isEqualTo("Renamed");
        assertThat(record.path("Offer_Id__c").asText()).isEqualTo("offer/1");
        assertThat(record.path("attributes").path("type").asText()).isEqualTo("Sim_Offer__c");
        assertThat(record.path("CreatedById").asText())
                .isEqualTo(org.sf.integrationUser().id());
        assertThat(record.path("LastModifiedDate").asText()).isEqualTo("2025-01-01T00:00:00.000+0000");
    }

    @Test
    void upsertOnOldApiVersionsAnswers204OnUpdate() {
        org.rest("PATCH", "sobjects/Sim_Offer__c/Offer_Id__c/o-1", offer("One"));
        HttpResponse<String> response = org.send(HttpRequest.newBuilder(
                        URI.create(org.base() + "/services/data/v45.0/sobjects/Sim_Offer__c/Offer_Id__c/o-1"))
                .header("Authorization", "Bearer " + org.token())
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"Name\":\"Two\"}")));
        assertThat(response.statusCode()).isEqualTo(204);
    }

    @Test
    void upsertMatchingSeveralRecordsAnswers300WithTheirUrls() {
        Map<String, Object> a = offer("A");
        a.put("Offer_Id__c", "a");
        a.put("Region__c", "emea");
        Map<String, Object> b = offer("B");
        b.put("Offer_Id__c", "b");
        b.put("Region__c", "emea");
        org.rest("POST", "sobjects/Sim_Offer__c", a);
        org.rest("POST", "sobjects/Sim_Offer__c", b);

        HttpResponse<String> response = org.rest("PATCH", "sobjects/Sim_Offer__c/Region__c/emea", offer("C"));

        assertThat(response.statusCode()).isEqualTo(300);
        assertThat(json(response)).hasSize(2);
        assertThat(json(response).get(0).asText()).startsWith(org.data() + "sobjects/Sim_Offer__c/");
    }

    @Test
    void createReadUpdateDeleteById() {
        Map<String, Object> fields = offer("Created");
        fields.put("Offer_Id__c", "c-1");
        HttpResponse<String> created = org.rest("POST", "sobjects/Sim_Offer__c", fields);
        assertThat(created.statusCode()).isEqualTo(201);
        String id = json(created).path("id").asText();

        assertThat(org.rest("PATCH", "sobjects/Sim_Offer__c/" + id, Map.of("Notes__c", "hello"))
                        .statusCode())
                .isEqualTo(204);
        assertThat(json(org.get("sobjects/Sim_Offer__c/" + id)).path("Notes__c").asText())
                .isEqualTo("hello");
        assertThat(org.rest("DELETE", "sobjects/Sim_Offer__c/" + id, null).statusCode())
                .isEqualTo(204);

        HttpResponse<String> gone = org.get("sobjects/Sim_Offer__c/" + id);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(json(gone).get(0).path("errorCode").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void unknownFieldIsInvalidField() {
        Map<String, Object> fields = offer("X");
        fields.put("Foo__c", "bar");
        HttpResponse<String> response = org.rest("PATCH", "sobjects/Sim_Offer__c/Offer_Id__c/x", fields);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get(0).path("errorCode").asText()).isEqualTo("INVALID_FIELD");
        assertThat(json(response).get(0).path("message").asText())
                .isEqualTo("No such column 'Foo__c' on sobject of type Sim_Offer__c");
    }

    @Test
    void tooLongTextIsStringTooLong() {
        Map<String, Object> fields = offer("X");
        fields.put("Notes__c", "x".repeat(21));
        JsonNode error = json(org.rest("PATCH", "sobjects/Sim_Offer__c/Offer_Id__c/x", fields))
                .get(0);
        assertThat(error.path("errorCode").asText()).isEqualTo("STRING_TOO_LONG");
        assertThat(error.path("message").asText())
                .isEqualTo("Notes: data value too large: " + "x".repeat(21) + " (max length=20)");
        assertThat(error.path("fields").get(0).asText()).isEqualTo("Notes__c");
    }

    @Test
    void missingRequiredFieldOnCreate() {
        HttpResponse<String> response = org.rest("POST", "sobjects/Sim_Offer__c", offer("No external id"));
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json(response).get(0);
        assertThat(error.path("errorCode").asText()).isEqualTo("REQUIRED_FIELD_MISSING");
        assertThat(error.path("message").asText()).isEqualTo("Required fields are missing: [Offer_Id__c]");
        assertThat(error.path("fields").get(0).asText()).isEqualTo("Offer_Id__c");
    }

    @Test
    void duplicateUniqueValue() {
        Map<String, Object> account = Map.of("Name", "Acme", "AWS_Account_Id__c", "111122223333");
        String first =
                json(org.rest("POST", "sobjects/Account", account)).path("id").asText();
        JsonNode error = json(org.rest("POST", "sobjects/Account", account)).get(0);
        assertThat(error.path("errorCode").asText()).isEqualTo("DUPLICATE_VALUE");
        assertThat(error.path("message").asText())
                .isEqualTo("duplicate value found: AWS_Account_Id__c duplicates value on record with id: " + first);
    }

    @Test
    void restrictedPicklistRefusesUnknownValue() {
        Map<String, Object> fields = offer("X");
        fields.put("Status__c", "Pending");
        JsonNode error = json(org.rest("PATCH", "sobjects/Sim_Offer__c/Offer_Id__c/x", fields))
                .get(0);
        assertThat(error.path("errorCode").asText()).isEqualTo("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST");
        assertThat(error.path("message").asText())
                .isEqualTo("Status: bad value for restricted picklist field: Pending");
    }

    @Test
    void lookupByExternalIdResolvesParentOrNamesTheMissingKey() {
        String account = json(org.rest(
                        "POST", "sobjects/Account", Map.of("Name", "Acme", "AWS_Account_Id__c", "123456789012")))
                .path("id")
                .asText();
        Map<String, Object> fields = offer("Linked");
        fields.put(
                "Buyer_Account__r",
                Map.of("attributes", Map.of("type", "Account"), "AWS_Account_Id__c", "123456789012"));
        String id = json(org.rest("PATCH", "sobjects/Sim_Offer__c/Offer_Id__c/l-1", fields))
                .path("id")
                .asText();
        assertThat(json(org.get("sobjects/Sim_Offer__c/" + id))
                        .path("Buyer_Account__c")
                        .asText())
                .isEqualTo(account);

        fields.put("Buyer_Account__r", Map.of("AWS_Account_Id__c", "999999999999"));
        HttpResponse<String> missing = org.rest("PATCH", "sobjects/Sim_Offer__c/Offer_Id__c/l-2", fields);
        assertThat(missing.statusCode()).isEqualTo(400);
        JsonNode error = json(missing).get(0);
        assertThat(error.path("errorCode").asText()).isEqualTo("INVALID_FIELD");
        assertThat(error.path("message").asText())
                .isEqualTo(
                        "Foreign key external ID: 999999999999 not found for field AWS_Account_Id__c in entity Account");
    }

    @Test
    void badDateIsAJsonParserError() {
        Map<String, Object> fields = offer("X");
        fields.put("Expires_On__c", "31/12/2025");
        HttpResponse<String> response = org.rest("PATCH", "sobjects/Sim_Offer__c/Offer_Id__c/x", fields);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get(0).path("errorCode").asText()).isEqualTo("JSON_PARSER_ERROR");
        assertThat(json(response).get(0).path("message").asText()).contains("31/12/2025");
    }

    @Test
    void wrongTypeThroughTheOrgApiIsInvalidTypeOnFieldInRecord() {
        var result = org.sf
                .org()
                .upsert(
                        "Sim_Offer__c",
                        "Offer_Id__c",
                        "t-1",
                        Map.of("Name", "X", "Amount__c", "lots"),
                        org.sf.integrationUser().id());
        assertThat(result.success()).isFalse();
        assertThat(result.errors().get(0).statusCode()).isEqualTo("INVALID_TYPE_ON_FIELD_IN_RECORD");
        assertThat(result.errors().get(0).message()).isEqualTo("Amount: value not of required type: lots");
    }

    @Test
    void collectionsUpsertReportsEachRecordInOrder() {
        List<Map<String, Object>> records = new ArrayList<>();
        records.add(collectionRecord("k-1", "One", "Active"));
        records.add(collectionRecord("k-2", "Two", "Bogus"));
        records.add(collectionRecord("k-3", "Three", "Draft"));
        org.rest("PATCH", "sobjects/Sim_Offer__c/Offer_Id__c/k-3", offer("Existing"));

        HttpResponse<String> response = org.rest(
                "PATCH", "composite/sobjects/Sim_Offer__c/Offer_Id__c", Map.of("allOrNone", false, "records", records));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode results = json(response);
        assertThat(results).hasSize(3);
        assertThat(results.get(0).path("success").asBoolean()).isTrue();
        assertThat(results.get(0).path("created").asBoolean()).isTrue();
        assertThat(results.get(1).path("success").asBoolean()).isFalse();
        assertThat(results.get(1).path("errors").get(0).path("statusCode").asText())
                .isEqualTo("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST");
        assertThat(results.get(2).path("created").asBoolean()).isFalse();
        assertThat(org.sf.counters().get(SimulatorCounters.COLLECTIONS)).isEqualTo(1);
    }

    @Test
    void collectionsUpsertAllOrNoneRollsBackEveryRecord() {
        List<Map<String, Object>> records =
                List.of(collectionRecord("r-1", "One", "Active"), collectionRecord("r-2", "Two", "Bogus"));

        JsonNode results = json(org.rest(
                "PATCH", "composite/sobjects/Sim_Offer__c/Offer_Id__c", Map.of("allOrNone", true, "records", records)));

        assertThat(results.get(0).path("success").asBoolean()).isFalse();
        assertThat(results.get(0).path("errors").get(0).path("statusCode").asText())
                .isEqualTo("ALL_OR_NONE_OPERATION_ROLLED_BACK");
        assertThat(results.get(1).path("errors").get(0).path("statusCode").asText())
                .isEqualTo("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST");
        assertThat(json(org.query("SELECT COUNT() FROM Sim_Offer__c"))
                        .path("totalSize")
                        .asInt())
                .isZero();
    }

    @Test
    void collectionsRefuseMoreThan200Records() {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            records.add(collectionRecord("m-" + i, "M", "Active"));
        }
        HttpResponse<String> response = org.rest(
                "PATCH", "composite/sobjects/Sim_Offer__c/Offer_Id__c", Map.of("allOrNone", false, "records", records));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get(0).path("errorCode").asText()).isEqualTo("EXCEEDED_ID_LIMIT");
    }

    @Test
    void collectionsCreate() {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("attributes", Map.of("type", "Account"));
        account.put("Name", "Created in a collection");
        JsonNode results =
                json(org.rest("POST", "composite/sobjects", Map.of("allOrNone", false, "records", List.of(account))));
        assertThat(results.get(0).path("success").asBoolean()).isTrue();
        assertThat(results.get(0).path("id").asText()).startsWith("001");
    }

    @Test
    void platformEventPublishAnswers201WithAnId() {
        HttpResponse<String> response = org.rest("POST", "sobjects/Cosell_Action__e", Map.of("Action__c", "SUBMIT"));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json(response).path("success").asBoolean()).isTrue();
        assertThat(json(response).path("id").asText()).startsWith("e00");
    }

    @Test
    void describeListsFieldsWithTheirTypes() {
        JsonNode describe = json(org.get("sobjects/Sim_Offer__c/describe/"));
        assertThat(describe.path("name").asText()).isEqualTo("Sim_Offer__c");
        JsonNode offerId = field(describe, "Offer_Id__c");
        assertThat(offerId.path("type").asText()).isEqualTo("string");
        assertThat(offerId.path("length").asInt()).isEqualTo(40);
        assertThat(offerId.path("externalId").asBoolean()).isTrue();
        assertThat(offerId.path("idLookup").asBoolean()).isTrue();
        assertThat(field(describe, "Buyer_Account__c")
                        .path("referenceTo")
                        .get(0)
                        .asText())
                .isEqualTo("Account");
        assertThat(field(describe, "Expires_On__c").path("type").asText()).isEqualTo("date");

        JsonNode global = json(org.get("sobjects/"));
        assertThat(global.path("sobjects").findValuesAsText("name"))
                .contains("Account", "Sim_Offer__c", "Cosell_Action__e");
    }

    @Test
    void versionsAreListedWithoutAuthentication() {
        HttpResponse<String> response = org.send(HttpRequest.newBuilder(URI.create(org.base() + "/services/data/")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).findValuesAsText("version")).contains("31.0", "62.0");
        assertThat(json(response).findValuesAsText("label")).contains("Winter '25");
    }

    private static JsonNode field(JsonNode describe, String name) {
        for (JsonNode field : describe.path("fields")) {
            if (field.path("name").asText().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("no field " + name);
    }

    private static Map<String, Object> collectionRecord(String key, String name, String status) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("attributes", Map.of("type", "Sim_Offer__c"));
        record.put("Offer_Id__c", key);
        record.put("Name", name);
        record.put("Status__c", status);
        return record;
    }
}
