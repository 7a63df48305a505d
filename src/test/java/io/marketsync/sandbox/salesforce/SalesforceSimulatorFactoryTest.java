package io.marketsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketsync.sandbox.SimHttp;
import io.marketsync.sandbox.Simulator;
import io.marketsync.sandbox.SimulatorFactory;
import io.marketsync.sandbox.SimulatorOptions;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator as {@code simulate} starts it: found by name, seeded, and usable from its client properties alone. */
class SalesforceSimulatorFactoryTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private static SimulatorFactory factory() {
        return ServiceLoader.load(SimulatorFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(f -> f.name().equals("salesforce"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void clientCredentialsFromThePropertiesQueryTheGeneratedSampleData() throws Exception {
        try (Simulator simulator = factory().start(SimulatorOptions.freePort())) {
            Map<String, String> properties = simulator.clientProperties();
            assertThat(properties)
                    .containsEntry(
                            "camel.component.salesforce.loginUrl",
                            simulator.baseUri().toString())
                    .containsEntry("camel.component.salesforce.authenticationType", "CLIENT_CREDENTIALS")
                    .containsEntry("camel.component.salesforce.apiVersion", "62.0")
                    .containsKeys("camel.component.salesforce.clientId", "camel.component.salesforce.clientSecret");
            assertThat(simulator.describe()).doesNotContain(properties.get("camel.component.salesforce.clientSecret"));

            assertThat(query(properties, "SELECT COUNT() FROM Account")
                            .path("totalSize")
                            .asInt())
                    .isEqualTo(3);
            JsonNode opportunities =
                    query(properties, "SELECT Name, StageName, Account.Name FROM Opportunity ORDER BY Name");
            assertThat(opportunities.path("totalSize").asInt()).isEqualTo(3);
            assertThat(opportunities
                            .path("records")
                            .get(0)
                            .path("Account")
                            .path("Name")
                            .asText())
                    .isNotEmpty();
        }
    }

    @Test
    void seedsRecordsFromTheDataDirectory(@TempDir Path data) throws Exception {
        Path accounts = Files.createDirectories(data.resolve("salesforce/Account"));
        Path opportunities = Files.createDirectories(data.resolve("salesforce/Opportunity"));
        String accountId = SalesforceIds.of("001", "5e", 77);
        Files.writeString(
                accounts.resolve("acme.json"),
                """
                {"attributes":{"type":"Account","url":"/services/data/v62.0/sobjects/Account/%s"},
                 "Id":"%s","Name":"Acme Corp","Industry":"Technology","SomeFieldWeDoNotModel__c":"ignored"}
                """
                        .formatted(accountId, accountId));
        Files.writeString(
                opportunities.resolve("deal.json"),
                """
                {"Name":"Acme renewal","StageName":"Closed Won","CloseDate":"2025-06-30","Amount":1200.5,"AccountId":"%s"}
                """
                        .formatted(accountId));

        try (Simulator simulator = factory().start(new SimulatorOptions(0, Optional.of(data)))) {
            JsonNode result = query(simulator.clientProperties(), "SELECT Name, Amount, Account.Name FROM Opportunity");
            assertThat(result.path("totalSize").asInt()).isEqualTo(1);
            JsonNode deal = result.path("records").get(0);
            assertThat(deal.path("Account").path("Name").asText()).isEqualTo("Acme Corp");
            assertThat(deal.path("Amount").decimalValue()).isEqualByComparingTo("1200.5");
            assertThat(query(simulator.clientProperties(), "SELECT Id FROM Account WHERE Name = 'Acme Corp'")
                            .path("records")
                            .get(0)
                            .path("Id")
                            .asText())
                    .isEqualTo(accountId);
        }
    }

    @Test
    void invalidSeedRecordNamesItsFile(@TempDir Path data) throws Exception {
        Path opportunities = Files.createDirectories(data.resolve("salesforce/Opportunity"));
        Files.writeString(opportunities.resolve("broken.json"), "{\"Name\":\"No stage\",\"CloseDate\":\"2025-06-30\"}");
        assertThatThrownBy(() -> factory().start(new SimulatorOptions(0, Optional.of(data))))
                .hasMessageContaining("broken.json")
                .hasMessageContaining("Required fields are missing: [StageName]");
    }

    private JsonNode query(Map<String, String> properties, String soql) throws Exception {
        String base = properties.get("camel.component.salesforce.loginUrl");
        String form = "grant_type=client_credentials&client_id="
                + URLEncoder.encode(properties.get("camel.component.salesforce.clientId"), StandardCharsets.UTF_8)
                + "&client_secret="
                + URLEncoder.encode(properties.get("camel.component.salesforce.clientSecret"), StandardCharsets.UTF_8);
        HttpResponse<String> token = http.send(
                HttpRequest.newBuilder(URI.create(base + "/services/oauth2/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode login = SimHttp.JSON.readTree(token.body());
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(login.path("instance_url").asText() + "/services/data/v"
                                + properties.get("camel.component.salesforce.apiVersion") + "/query?q="
                                + URLEncoder.encode(soql, StandardCharsets.UTF_8)))
                        .header(
                                "Authorization",
                                "Bearer " + login.path("access_token").asText())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return SimHttp.JSON.readTree(response.body());
    }
}
