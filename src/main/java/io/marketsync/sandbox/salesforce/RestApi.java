package io.marketsync.sandbox.salesforce;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.marketsync.sandbox.SimHttp;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /services/data/}: lists the API versions, then for {@code /vXX.X/...} checks the session
 * (401 INVALID_SESSION_ID), takes one request from the daily allocation (403
 * REQUEST_LIMIT_EXCEEDED), sets {@code Sforce-Limit-Info} and hands the call to its resource.
 * Bulk API 2.0 paths ({@code jobs/ingest...}) go to the handler mounted with {@link #mountBulk2}.
 */
final class RestApi implements HttpHandler {

    static final String PATH = "/services/data";

    static final double OLDEST_VERSION = 31.0;
    static final double LATEST_VERSION = 62.0;
    private static final Pattern VERSIONED = Pattern.compile("/services/data/v(\\d{2,3}\\.\\d)(/.*)?");
    private static final String[] SEASONS = {"Winter", "Spring", "Summer"};

    private final SimulatedOrg org;
    private final ApiUsage usage;
    private final SimulatorCounters counters;
    private final SObjectResources sobjects;
    private final CollectionResources collections;
    private final QueryResource query;
    private volatile HttpHandler bulk2;

    RestApi(SimulatedOrg org, ApiUsage usage, SimulatorCounters counters, QueryResource query) {
        this.org = org;
        this.usage = usage;
        this.counters = counters;
        this.sobjects = new SObjectResources(org, counters);
        this.collections = new CollectionResources(org, counters);
        this.query = query;
    }

    /** Serves {@code /services/data/vXX.X/jobs/ingest...} with {@code handler}, after auth and limits. */
    void mountBulk2(HttpHandler handler) {
        this.bulk2 = handler;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (path.equals(PATH) || path.equals(PATH + "/")) {
            SimHttp.sendJson(exchange, 200, versions());
            return;
        }
        Matcher m = VERSIONED.matcher(path);
        double version = m.matches() ? Double.parseDouble(m.group(1)) : 0;
        if (version < OLDEST_VERSION || version > LATEST_VERSION) {
            send(exchange, ApiException.notFound());
            return;
        }
        try {
            String userId = OAuthApi.bearer(exchange)
                    .flatMap(org::userForToken)
                    .orElseThrow(() -> new ApiException(401, "INVALID_SESSION_ID", "Session expired or invalid"));
            if (!usage.tryAcquire()) {
                throw new ApiException(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
            }
            counters.increment(SimulatorCounters.API_CALLS);
            exchange.getResponseHeaders().set("Sforce-Limit-Info", usage.limitInfo());
            RestCall call = new RestCall(exchange, m.group(1), userId, segments(m.group(2)));
            route(call);
        } catch (ApiException e) {
            send(exchange, e);
        }
    }

    private void route(RestCall call) throws IOException {
        String resource = call.segment(0) == null ? "" : call.segment(0);
        switch (resource) {
            case "sobjects" -> sobjects.handle(call);
            case "composite" -> {
                if (!"sobjects".equals(call.segment(1))) {
                    throw ApiException.notFound();
                }
                collections.handle(call);
            }
            case "query", "queryAll" -> query.handle(call);
            case "limits" -> {
                counters.increment(SimulatorCounters.LIMITS);
                SimHttp.sendJson(call.exchange(), 200, limits());
            }
            case "jobs" -> {
                HttpHandler handler = bulk2;
                if (handler == null || !"ingest".equals(call.segment(1))) {
                    throw ApiException.notFound();
                }
                if (call.method().equals("POST") && call.segments().size() == 2) {
                    counters.increment(SimulatorCounters.BULK_JOBS);
                }
                call.exchange().setAttribute(Bulk2Api.USER_ID_ATTRIBUTE, call.userId());
                handler.handle(call.exchange());
            }
            case "" -> SimHttp.sendJson(call.exchange(), 200, resources(call.version()));
            default -> throw ApiException.notFound();
        }
    }

    private void send(HttpExchange exchange, ApiException e) throws IOException {
        if (e.status() == 403) {
            exchange.getResponseHeaders().set("Sforce-Limit-Info", usage.limitInfo());
        }
        SimHttp.sendJson(exchange, e.status(), e.body());
    }

    private static List<String> segments(String rest) {
        List<String> segments = new ArrayList<>();
        if (rest == null) {
            return segments;
        }
        for (String raw : rest.substring(1).split("/", -1)) {
            segments.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        if (segments.size() > 1 && segments.get(segments.size() - 1).isEmpty()) {
            segments.remove(segments.size() - 1);
        }
        return segments;
    }

    private Map<String, Object> limits() {
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("DailyApiRequests", limit(usage.max(), usage.remaining()));
        limits.put("DailyBulkApiBatches", limit(15_000, 15_000 - counters.get(SimulatorCounters.BULK_JOBS)));
        limits.put("DailyBulkV2QueryJobs", limit(10_000, 10_000));
        limits.put("DailyBulkV2QueryFileStorageMB", limit(976_562, 976_562));
        limits.put("DailyDurableStreamingApiEvents", limit(10_000, 10_000));
        limits.put("DailyStandardVolumePlatformEvents", limit(10_000, 10_000));
        limits.put(
                "HourlyPublishedPlatformEvents",
                limit(250_000, 250_000 - counters.get(SimulatorCounters.EVENTS_PUBLISHED)));
        limits.put("DurableStreamingApiConcurrentClients", limit(20, 20));
        limits.put("DataStorageMB", limit(5, 5));
        return limits;
    }

    private static Map<String, Object> limit(long max, long remaining) {
        return Map.of("Max", max, "Remaining", Math.max(0, remaining));
    }

    private static Map<String, Object> resources(String version) {
        String base = "/services/data/v" + version + "/";
        Map<String, Object> resources = new LinkedHashMap<>();
        for (String name : List.of("sobjects", "query", "queryAll", "composite", "limits", "jobs")) {
            resources.put(name, base + name);
        }
        return resources;
    }

    /** Every version from {@value #OLDEST_VERSION} on, labelled with its release as Salesforce does. */
    private static List<Map<String, Object>> versions() {
        List<Map<String, Object>> versions = new ArrayList<>();
        for (int v = (int) OLDEST_VERSION; v <= (int) LATEST_VERSION; v++) {
            int step = v - 20;
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("label", SEASONS[step % 3] + " '" + (11 + step / 3));
            entry.put("url", "/services/data/v" + v + ".0");
            entry.put("version", v + ".0");
            versions.add(entry);
        }
        return versions;
    }
}
