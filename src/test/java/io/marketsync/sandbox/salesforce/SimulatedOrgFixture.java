package io.marketsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketsync.salesforce.metadata.OrgSchema;
import io.marketsync.sandbox.SimHttp;
import io.marketsync.testing.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A simulated org over the test SFDX project ({@code sfsim-project}: Account.AWS_Account_Id__c,
 * Sim_Offer__c, Cosell_Action__e) with a hand-driven clock, and plain-HTTP helpers to call it.
 */
final class SimulatedOrgFixture implements AutoCloseable {

    static final String CLIENT_ID = "3MVG9test-client";
    static final String CLIENT_SECRET = "test-secret-0123456789";
    static final String USERNAME = "integration@example.test";
    static final String PASSWORD = "s3cret-Passw0rd";

    final MutableClock clock = new MutableClock();
    final SimulatedSalesforce sf;
    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String token;

    SimulatedOrgFixture() {
        this(SimulatedSalesforce.builder());
    }

    SimulatedOrgFixture(SimulatedSalesforce.Builder builder) {
        this.sf = builder.schema(schema())
                .clientCredentials(CLIENT_ID, CLIENT_SECRET)
                .integrationUser(USERNAME, PASSWORD)
                .clock(clock)
                .start();
    }

    static OrgSchema schema() {
        try {
            return OrgSchema.load(Path.of(
                    SimulatedOrgFixture.class.getResource("/sfsim-project").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    String base() {
        return sf.baseUri().toString();
    }

    String data() {
        return "/services/data/v" + sf.apiVersion() + "/";
    }

    /** A client credentials token, fetched once. */
    String token() {
        if (token == null) {
            HttpResponse<String> response = postForm(
                    "/services/oauth2/token",
                    Map.of("grant_type", "client_credentials", "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET));
            token = json(response).path("access_token").asText();
        }
        return token;
    }

    HttpResponse<String> postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A REST call under {@code /services/data/vXX.X/} with the fixture's token. */
    HttpResponse<String> rest(String method, String path, Object body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + data() + path))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(toJson(body)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    HttpResponse<String> get(String path, String... headers) {
        return rest("GET", path, null, headers);
    }

    HttpResponse<String> query(String soql, String... headers) {
        return get("query/?q=" + URLEncoder.encode(soql, StandardCharsets.UTF_8), headers);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return SimHttp.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(response.body(), e);
        }
    }

    private static String toJson(Object body) {
        try {
            return body instanceof String s ? s : SimHttp.JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        sf.close();
    }
}
