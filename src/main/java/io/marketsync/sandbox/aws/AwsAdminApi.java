package io.marketsync.sandbox.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.marketsync.sandbox.SimHttp;
import java.io.IOException;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * The simulator's own endpoints, for scripts and out-of-process tests (no SigV4):
 *
 * <ul>
 *   <li>{@code GET /_sim/aws/state}: entity counts per type, agreements per status, calls per operation;
 *   <li>{@code POST /_sim/aws/faults} {@code {"operation":"ListEntities","count":2,"status":500,
 *       "errorType":"InternalServiceException"}} or {@code {"requestsPerSecond":5}}; {@code DELETE} clears both;
 *   <li>{@code POST /_sim/aws/entities/ID} with details members to change: a new revision, modified now;
 *   <li>{@code POST /_sim/aws/agreements/ID} {@code {"status":"EXPIRED"}}.
 * </ul>
 */
final class AwsAdminApi {

    static final String PREFIX = "/_sim/aws/";

    private final AwsMarketplaceState state;
    private final AwsFaults faults;
    private final RequestThrottle throttle;

    AwsAdminApi(AwsMarketplaceState state, AwsFaults faults, RequestThrottle throttle) {
        this.state = state;
        this.faults = faults;
        this.throttle = throttle;
    }

    void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
        String method = exchange.getRequestMethod();
        try {
            if (path.equals("state") && method.equals("GET")) {
                SimHttp.sendJson(exchange, 200, stateSummary());
            } else if (path.equals("faults") && method.equals("POST")) {
                addFault(SimHttp.bodyJson(exchange));
                SimHttp.send(exchange, 204, null, new byte[0]);
            } else if (path.equals("faults") && method.equals("DELETE")) {
                faults.clear();
                throttle.limit(0);
                SimHttp.send(exchange, 204, null, new byte[0]);
            } else if (path.startsWith("entities/") && method.equals("POST")) {
                JsonNode changes = SimHttp.bodyJson(exchange);
                CatalogEntity entity = state.updateEntity(path.substring("entities/".length()), details -> {
                    changes.fields().forEachRemaining(f -> details.set(f.getKey(), f.getValue()));
                    return details;
                });
                SimHttp.sendJson(exchange, 200, entity.describeResponse());
            } else if (path.startsWith("agreements/") && method.equals("POST")) {
                String status = SimHttp.bodyJson(exchange).path("status").asText("");
                if (status.isEmpty()) {
                    SimHttp.sendJson(exchange, 400, Map.of("message", "status is required"));
                    return;
                }
                StoredAgreement agreement = state.updateAgreementStatus(path.substring("agreements/".length()), status);
                SimHttp.sendJson(exchange, 200, agreement.describeResponse());
            } else {
                SimHttp.sendJson(
                        exchange, 404, Map.of("message", "No simulator endpoint " + method + " " + PREFIX + path));
            }
        } catch (NoSuchElementException e) {
            SimHttp.sendJson(exchange, 404, Map.of("message", e.getMessage()));
        }
    }

    private void addFault(JsonNode request) {
        if (request.has("requestsPerSecond")) {
            throttle.limit(request.get("requestsPerSecond").asDouble());
        }
        if (request.has("status")) {
            faults.failNext(
                    request.path("operation").asText(AwsFaults.ANY_OPERATION),
                    request.path("count").asInt(1),
                    request.get("status").asInt(),
                    request.hasNonNull("errorType") ? request.get("errorType").asText() : null);
        }
    }

    private ObjectNode stateSummary() {
        ObjectNode summary = SimHttp.JSON.createObjectNode();
        summary.set("entities", SimHttp.JSON.valueToTree(state.entityCounts()));
        Map<String, Integer> statuses = new TreeMap<>();
        state.agreements().forEach(a -> statuses.merge(a.status(), 1, Integer::sum));
        summary.put("agreements", state.agreements().size());
        summary.set("agreementStatuses", SimHttp.JSON.valueToTree(statuses));
        summary.set("calls", SimHttp.JSON.valueToTree(state.callCounts()));
        summary.put("pendingFaults", faults.pending());
        summary.put("requestsPerSecond", throttle.rate());
        return summary;
    }
}
