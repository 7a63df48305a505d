package io.marketsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.marketsync.sandbox.SimHttp;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /_sim/}: the simulator's own controls, not part of Salesforce's API.
 * <ul>
 *   <li>{@code POST /_sim/faults} with one of {@code {"kind":"fail","count":2,"status":500,"errorCode":"...",
 *       "message":"...","path":"query"}}, {@code {"kind":"unavailable","count":3}}, {@code {"kind":"latency",
 *       "millis":250}}, {@code {"kind":"expireSessions"}}, {@code {"kind":"lockRows","sobject":"Account"}},
 *       {@code {"kind":"releaseRows","sobject":"Account"}}, {@code {"kind":"clear"}};
 *   <li>{@code GET /_sim/state}: counters and API usage;
 *   <li>{@code POST /_sim/reset}: clears faults, counters and API usage.
 * </ul>
 */
final class AdminApi implements HttpHandler {

    static final String PATH = "/_sim/";

    private final Faults faults;
    private final SimulatorCounters counters;
    private final ApiUsage usage;

    AdminApi(Faults faults, SimulatorCounters counters, ApiUsage usage) {
        this.faults = faults;
        this.counters = counters;
        this.usage = usage;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String action = exchange.getRequestURI().getPath().substring(PATH.length());
        String method = exchange.getRequestMethod();
        if (action.equals("state") && method.equals("GET")) {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("apiUsage", Map.of("used", usage.used(), "max", usage.max()));
            state.put("counters", counters.snapshot());
            SimHttp.sendJson(exchange, 200, state);
        } else if (action.equals("reset") && method.equals("POST")) {
            faults.clear();
            counters.reset();
            usage.reset();
            SimHttp.sendJson(exchange, 200, Map.of("reset", true));
        } else if (action.equals("faults") && method.equals("POST")) {
            try {
                apply(SimHttp.bodyJson(exchange));
            } catch (IllegalArgumentException e) {
                SimHttp.sendJson(exchange, 400, Map.of("error", e.getMessage()));
                return;
            }
            SimHttp.sendJson(exchange, 200, Map.of("applied", true));
        } else {
            SimHttp.sendJson(exchange, 404, Map.of("error", "no such simulator control: " + method + " " + action));
        }
    }

    private void apply(JsonNode fault) {
        String kind = fault.path("kind").asText();
        switch (kind) {
            case "fail" -> faults.failNext(
                    fault.path("count").asInt(1),
                    fault.path("path").asText(""),
                    fault.path("status").asInt(500),
                    fault.path("errorCode").asText("UNKNOWN_EXCEPTION"),
                    fault.path("message")
                            .asText(
                                    "An unexpected error occurred. Please include this ErrorId if you contact support"));
            case "unavailable" -> faults.unavailableFor(fault.path("count").asInt(1));
            case "latency" -> faults.latency(
                    Duration.ofMillis(fault.path("millis").asLong(0)));
            case "expireSessions" -> faults.expireSessions();
            case "lockRows" -> faults.lockRows(required(fault, "sobject"));
            case "releaseRows" -> faults.releaseRows(required(fault, "sobject"));
            case "clear" -> faults.clear();
            default -> throw new IllegalArgumentException("unknown fault kind '" + kind + "'");
        }
    }

    private static String required(JsonNode fault, String name) {
        String value = fault.path(name).asText("");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("fault needs '" + name + "'");
        }
        return value;
    }
}
