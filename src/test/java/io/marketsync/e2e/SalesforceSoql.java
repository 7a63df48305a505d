package io.marketsync.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Queries an org with SOQL over REST as any client would: a client-credentials token from the
 * properties a simulator hands out, then {@code /query} following {@code nextRecordsUrl}.
 */
final class SalesforceSoql {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String instanceUrl;
    private final String token;
    private final String version;

    SalesforceSoql(Map<String, String> properties) throws IOException, InterruptedException {
        String login = properties.get("camel.component.salesforce.loginUrl");
        String form = "grant_type=client_credentials&client_id="
                + enc(properties.get("camel.component.salesforce.clientId")) + "&client_secret="
                + enc(properties.get("camel.component.salesforce.clientSecret"));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(login + "/services/oauth2/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body());
        this.instanceUrl = body.path("instance_url").asText();
        this.token = body.path("access_token").asText();
        this.version = properties.getOrDefault("camel.component.salesforce.apiVersion", "62.0");
    }

    /** Every record the query returns, across pages. */
    List<JsonNode> query(String soql) throws IOException, InterruptedException {
        List<JsonNode> records = new ArrayList<>();
        String next = "/services/data/v" + version + "/query?q=" + enc(soql);
        while (next != null) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(instanceUrl + next))
                            .header("Authorization", "Bearer " + token)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("SOQL failed " + response.statusCode() + ": " + response.body());
            }
            JsonNode page = JSON.readTree(response.body());
            page.path("records").forEach(records::add);
            next = page.path("done").asBoolean(true)
                    ? null
                    : page.path("nextRecordsUrl").asText();
        }
        return records;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
