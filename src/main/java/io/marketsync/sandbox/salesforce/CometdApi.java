package io.marketsync.sandbox.salesforce;

import com.fasterxml.jackson.core.type.TypeReference;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.marketsync.sandbox.SimHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The Streaming API endpoint {@code /cometd/{version}}: Bayeux over long-polling HTTP as Salesforce speaks it to the
 * CometD client inside camel-salesforce (handshake echoing {@code ext.replay}, connect long-poll, subscribe with the
 * {@code ext.replay} map, unsubscribe, disconnect). Events come from a {@link ReplayStreamingBus}.
 *
 * <p>Every request is authenticated from its {@code Authorization: OAuth|Bearer <token>} header. Failures are sent
 * as Bayeux errors in an HTTP 200 reply, because the CometD client drops the body of any other status and
 * camel-salesforce re-logs in only on these error fields.
 */
public final class CometdApi implements HttpHandler {

    static final String HANDSHAKE = "/meta/handshake";
    static final String CONNECT = "/meta/connect";
    static final String SUBSCRIBE = "/meta/subscribe";
    static final String UNSUBSCRIBE = "/meta/unsubscribe";
    static final String DISCONNECT = "/meta/disconnect";

    private static final String AUTHENTICATION_INVALID = "401::Authentication invalid";
    private static final Pattern PATH = Pattern.compile("/cometd/\\d+\\.\\d(/.*)?");
    private static final TypeReference<List<Map<String, Object>>> MESSAGES = new TypeReference<>() {};

    private final SimulatedOrgApi org;
    private final ReplayStreamingBus bus;
    private final Predicate<String> channelExists;
    private final CometdSettings settings;
    private final Map<String, CometdClient> clients = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    /** With Salesforce's timings. */
    public CometdApi(SimulatedOrgApi org, ReplayStreamingBus bus, Predicate<String> channelExists) {
        this(org, bus, channelExists, CometdSettings.salesforceDefaults());
    }

    /**
     * @param channelExists whether a channel such as {@code /data/OpportunityChangeEvent} or {@code
     *     /event/X__e} is defined in the org; subscribing to any other channel fails as in Salesforce
     */
    public CometdApi(
            SimulatedOrgApi org, ReplayStreamingBus bus, Predicate<String> channelExists, CometdSettings settings) {
        this.org = org;
        this.bus = bus;
        this.channelExists = channelExists;
        this.settings = settings;
    }

    /** Whether the server holds a long-poll connect of this client (for observing the simulator). */
    public boolean holdsConnect(String clientId) {
        CometdClient client = clients.get(clientId);
        return client != null && client.holdingConnect();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!PATH.matcher(exchange.getRequestURI().getPath()).matches()) {
            SimHttp.sendText(exchange, 404, "text/plain", "Not found");
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            SimHttp.sendText(exchange, 405, "text/plain", "Bayeux messages are POSTed");
            return;
        }
        List<Map<String, Object>> messages;
        try {
            messages = parse(SimHttp.body(exchange));
        } catch (IOException e) {
            SimHttp.sendText(exchange, 400, "text/plain", "Body is not a Bayeux JSON message array");
            return;
        }
        boolean authenticated = accessToken(exchange).flatMap(org::userForToken).isPresent();
        forgetExpiredClients();
        List<Map<String, Object>> replies = new ArrayList<>();
        try {
            for (Map<String, Object> message : messages) {
                replies.addAll(authenticated ? reply(message) : authenticationFailure(message));
            }
        } catch (InterruptedException e) {
            // The server is stopping while a connect is held.
            Thread.currentThread().interrupt();
            exchange.close();
            return;
        }
        SimHttp.sendJson(exchange, 200, replies);
    }

    private static List<Map<String, Object>> parse(byte[] body) throws IOException {
        String json = new String(body, StandardCharsets.UTF_8).trim();
        return json.startsWith("[")
                ? SimHttp.JSON.readValue(json, MESSAGES)
                : List.of(SimHttp.JSON.readValue(json, new TypeReference<Map<String, Object>>() {}));
    }

    private static Optional<String> accessToken(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null) {
            return Optional.empty();
        }
        int space = header.indexOf(' ');
        String scheme = space < 0 ? "" : header.substring(0, space);
        boolean known = scheme.equalsIgnoreCase("OAuth") || scheme.equalsIgnoreCase("Bearer");
        return known ? Optional.of(header.substring(space + 1).trim()) : Optional.empty();
    }

    private List<Map<String, Object>> reply(Map<String, Object> message) throws InterruptedException {
        String channel = String.valueOf(message.get("channel"));
        if (HANDSHAKE.equals(channel)) {
            return List.of(handshake(message));
        }
        CometdClient client = clients.get(String.valueOf(message.get("clientId")));
        if (client == null) {
            return List.of(unknownClient(message));
        }
        return switch (channel) {
            case CONNECT -> connect(message, client);
            case SUBSCRIBE -> List.of(subscribe(message, client));
            case UNSUBSCRIBE -> List.of(unsubscribe(message, client));
            case DISCONNECT -> List.of(disconnect(message, client));
            default -> List.of(failed(message, "403::Publish denied"));
        };
    }

    private Map<String, Object> handshake(Map<String, Object> message) {
        CometdClient client = new CometdClient(newClientId(), now());
        clients.put(client.id(), client);
        Map<String, Object> ext = new LinkedHashMap<>();
        if (Boolean.TRUE.equals(ext(message).get("replay"))) {
            ext.put("replay", true);
        }
        ext.put("payload.format", true);
        Map<String, Object> reply = replyTo(message);
        reply.put("clientId", client.id());
        reply.put("version", "1.0");
        reply.put("minimumVersion", "1.0");
        reply.put("supportedConnectionTypes", List.of("long-polling"));
        reply.put("ext", ext);
        reply.put("successful", true);
        return reply;
    }

    private List<Map<String, Object>> connect(Map<String, Object> message, CometdClient client)
            throws InterruptedException {
        client.seen(now());
        List<Map<String, Object>> replies = new ArrayList<>(client.awaitMessages(holdTime(message)));
        client.seen(now());
        Map<String, Object> advice = new LinkedHashMap<>();
        advice.put("interval", 0);
        advice.put("timeout", settings.connectTimeout().toMillis());
        advice.put("reconnect", client.closed() ? "none" : "retry");
        Map<String, Object> reply = replyTo(message);
        reply.put("successful", true);
        reply.put("advice", advice);
        replies.add(reply);
        return replies;
    }

    private Map<String, Object> subscribe(Map<String, Object> message, CometdClient client) {
        client.seen(now());
        Object subscription = message.get("subscription");
        if (!(subscription instanceof String channel) || channel.startsWith("/meta/") || !channelExists.test(channel)) {
            return failed(
                    message, "400::The channel you requested to subscribe to does not exist {" + subscription + "}");
        }
        long replayFrom = replayFrom(message, channel);
        client.unsubscribe(channel);
        try {
            StreamingSubscription live =
                    bus.subscribe(channel, replayFrom, event -> client.enqueue(bayeuxMessage(event)));
            client.subscribed(live);
            if (client.closed()) {
                live.close();
            }
        } catch (StreamingInvalidReplayIdException e) {
            return failed(
                    message,
                    "400::The replayId {" + e.replayId() + "} you provided was invalid.  Please provide a valid ID,"
                            + " -2 to replay all events, or -1 to replay only new events.");
        }
        Map<String, Object> reply = replyTo(message);
        reply.put("successful", true);
        return reply;
    }

    private Map<String, Object> unsubscribe(Map<String, Object> message, CometdClient client) {
        client.seen(now());
        client.unsubscribe(String.valueOf(message.get("subscription")));
        Map<String, Object> reply = replyTo(message);
        reply.put("successful", true);
        return reply;
    }

    private Map<String, Object> disconnect(Map<String, Object> message, CometdClient client) {
        clients.remove(client.id());
        client.close();
        Map<String, Object> reply = replyTo(message);
        reply.put("successful", true);
        return reply;
    }

    /** The shape camel-salesforce answers with a fresh login followed by a new handshake. */
    private static List<Map<String, Object>> authenticationFailure(Map<String, Object> message) {
        if (HANDSHAKE.equals(message.get("channel"))) {
            Map<String, Object> reply = failed(message, "403::Handshake denied");
            reply.put("ext", Map.of("sfdc", Map.of("failureReason", AUTHENTICATION_INVALID)));
            reply.put("advice", Map.of("reconnect", "none"));
            return List.of(reply);
        }
        Map<String, Object> reply = failed(message, AUTHENTICATION_INVALID);
        reply.put("advice", Map.of("reconnect", "none", "interval", 0));
        return List.of(reply);
    }

    private static Map<String, Object> unknownClient(Map<String, Object> message) {
        Map<String, Object> reply = failed(message, "403::Unknown client");
        reply.put("advice", Map.of("reconnect", "handshake", "interval", 0));
        return reply;
    }

    private static Map<String, Object> failed(Map<String, Object> message, String error) {
        Map<String, Object> reply = replyTo(message);
        reply.put("successful", false);
        reply.put("error", error);
        return reply;
    }

    /** The fields every reply repeats from its request: channel, id, clientId and, for (un)subscribe, subscription. */
    private static Map<String, Object> replyTo(Map<String, Object> message) {
        Map<String, Object> reply = new LinkedHashMap<>();
        for (String field : List.of("channel", "id", "clientId", "subscription")) {
            if (message.get(field) != null) {
                reply.put(field, message.get(field));
            }
        }
        return reply;
    }

    /** The event as Salesforce delivers it: {@code data.schema}, {@code data.payload}, {@code data.event}. */
    static Map<String, Object> bayeuxMessage(StreamingEvent event) {
        Map<String, Object> eventInfo = new LinkedHashMap<>();
        eventInfo.put("replayId", event.replayId());
        if (event.channel().startsWith("/event/")) {
            eventInfo.put("EventUuid", eventUuid(event).toString());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("schema", schemaId(event.channel()));
        data.put("payload", event.payload());
        data.put("event", eventInfo);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("channel", event.channel());
        message.put("data", data);
        return message;
    }

    private static UUID eventUuid(StreamingEvent event) {
        // Stable per event, so a replayed platform event keeps its EventUuid.
        return UUID.nameUUIDFromBytes(("event:" + event.replayId()).getBytes(StandardCharsets.UTF_8));
    }

    /** A 22-character schema id like Salesforce's, the same for every event of a channel. */
    private static String schemaId(String channel) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(channel.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ext(Map<String, Object> message) {
        return message.get("ext") instanceof Map<?, ?> ext ? (Map<String, Object>) ext : Map.of();
    }

    /** The replay id the client asked for in {@code ext.replay}; new events only when it names none. */
    private static long replayFrom(Map<String, Object> message, String channel) {
        return ext(message).get("replay") instanceof Map<?, ?> replay && replay.get(channel) instanceof Number id
                ? id.longValue()
                : ReplayStreamingBus.NEW_EVENTS_ONLY;
    }

    /**
     * How long to hold this connect: the client's {@code advice.timeout} when shorter (the first connect carries 0
     * and is answered at once), otherwise the server's.
     */
    private Duration holdTime(Map<String, Object> message) {
        Duration serverTimeout = settings.connectTimeout();
        if (message.get("advice") instanceof Map<?, ?> advice && advice.get("timeout") instanceof Number timeout) {
            Duration requested = Duration.ofMillis(Math.max(0, timeout.longValue()));
            return requested.compareTo(serverTimeout) < 0 ? requested : serverTimeout;
        }
        return serverTimeout;
    }

    private void forgetExpiredClients() {
        Instant oldestAllowed = now().minus(settings.clientExpiry());
        clients.values().removeIf(client -> {
            if (client.expired(oldestAllowed)) {
                client.close();
                return true;
            }
            return false;
        });
    }

    private String newClientId() {
        StringBuilder id = new StringBuilder();
        while (id.length() < 28) {
            id.append(Character.forDigit(random.nextInt(36), 36));
        }
        return id.toString();
    }

    private Instant now() {
        return settings.clock().instant();
    }
}
