package io.marketsync.sandbox.salesforce;

import com.fasterxml.jackson.core.type.TypeReference;
import io.marketsync.sandbox.SimHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** Posts raw Bayeux message arrays to the CometD endpoint, the way the long-polling transport does. */
final class CometdTestSession {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI cometd;
    private volatile String token;

    CometdTestSession(URI baseUri, String token) {
        this.cometd = baseUri.resolve("/cometd/60.0/");
        this.token = token;
    }

    void useToken(String newToken) {
        token = newToken;
    }

    /** Sends one message and returns every message of the reply array. */
    List<Map<String, Object>> send(String path, Map<String, Object> message) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(cometd.resolve(path))
                .header("Authorization", "OAuth " + token)
                .header("Content-Type", "application/json;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(SimHttp.JSON.writeValueAsString(List.of(message))))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("CometD answered " + response.statusCode() + ": " + response.body());
        }
        return SimHttp.JSON.readValue(response.body(), new TypeReference<>() {});
    }

    /** Handshakes asking for replay support and returns the client id. */
    String handshake() throws Exception {
        Map<String, Object> reply = send(
                        "handshake",
                        Map.of(
                                "channel", "/meta/handshake",
                                "id", "1",
                                "version", "1.0",
                                "supportedConnectionTypes", List.of("long-polling"),
                                "ext", Map.of("replay", true)))
                .get(0);
        return (String) reply.get("clientId");
    }

    Map<String, Object> subscribe(String clientId, String channel, long replayId) throws Exception {
        return send(
                        "subscribe",
                        Map.of(
                                "channel",
                                "/meta/subscribe",
                                "id",
                                "3",
                                "clientId",
                                clientId,
                                "subscription",
                                channel,
                                "ext",
                                Map.of("replay", Map.of(channel, replayId))))
                .get(0);
    }

    /** A connect answered at once: whatever is queued, then the connect reply last. */
    List<Map<String, Object>> connectNow(String clientId) throws Exception {
        return send(
                "connect",
                Map.of(
                        "channel", "/meta/connect",
                        "id", "2",
                        "clientId", clientId,
                        "connectionType", "long-polling",
                        "advice", Map.of("timeout", 0)));
    }

    /** A connect the server holds until an event arrives or its timeout passes. */
    List<Map<String, Object>> connectAndWait(String clientId) throws Exception {
        return send(
                "connect",
                Map.of("channel", "/meta/connect", "id", "4", "clientId", clientId, "connectionType", "long-polling"));
    }
}
