package io.marketsync.sandbox.salesforce;

import io.marketsync.sandbox.SimHttp;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code query/?q=}, {@code queryAll/?q=} and {@code query/<locator>}: SOQL with paging through
 * {@code nextRecordsUrl}. Pages hold 2,000 rows unless {@code Sforce-Query-Options: batchSize=N}
 * asks for 200 to 2,000.
 */
final class QueryResource {

    private static final int DEFAULT_BATCH = 2000;
    private static final int MIN_BATCH = 200;

    private final SoqlExecutor executor;
    private final QueryCursors cursors;
    private final SimulatorCounters counters;

    QueryResource(SoqlExecutor executor, QueryCursors cursors, SimulatorCounters counters) {
        this.executor = executor;
        this.cursors = cursors;
        this.counters = counters;
    }

    void handle(RestCall call) throws IOException {
        if (!call.method().equals("GET")) {
            throw new ApiException(
                    405, "METHOD_NOT_ALLOWED", "HTTP Method '" + call.method() + "' not allowed. Allowed are GET,HEAD");
        }
        boolean all = call.segment(0).equals("queryAll");
        String locator = call.segment(1);
        if (locator != null && !locator.isEmpty()) {
            counters.increment(SimulatorCounters.QUERY_MORE);
            QueryCursors.Page page = cursors.next(locator, batchSize(call))
                    .orElseThrow(() -> new ApiException(400, "INVALID_QUERY_LOCATOR", "invalid query locator"));
            SimHttp.sendJson(call.exchange(), 200, body(call, all, page.totalSize(), page));
            return;
        }
        String soql = SimHttp.query(call.exchange()).get("q");
        if (soql == null || soql.isBlank()) {
            throw new ApiException(400, "MALFORMED_QUERY", "A query string has to be specified");
        }
        counters.increment(SimulatorCounters.QUERIES);
        SoqlExecutor.Result result;
        try {
            result = executor.run(SoqlParser.parse(soql), all, call.version());
        } catch (SoqlException e) {
            throw new ApiException(400, e.errorCode(), e.getMessage());
        }
        QueryCursors.Page page = cursors.first(result.records(), batchSize(call));
        SimHttp.sendJson(call.exchange(), 200, body(call, all, result.totalSize(), page));
    }

    private Map<String, Object> body(RestCall call, boolean all, int totalSize, QueryCursors.Page page) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("totalSize", totalSize);
        body.put("done", page.nextLocator() == null);
        if (page.nextLocator() != null) {
            body.put(
                    "nextRecordsUrl",
                    "/services/data/v" + call.version() + "/" + (all ? "queryAll" : "query") + "/"
                            + page.nextLocator());
        }
        body.put("records", List.copyOf(page.records()));
        return body;
    }

    private static int batchSize(RestCall call) {
        String options = call.exchange().getRequestHeaders().getFirst("Sforce-Query-Options");
        if (options != null) {
            for (String option : options.split(",")) {
                String[] pair = option.trim().split("=", 2);
                if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("batchSize")) {
                    try {
                        return Math.max(MIN_BATCH, Math.min(DEFAULT_BATCH, Integer.parseInt(pair[1].trim())));
                    } catch (NumberFormatException e) {
                        return DEFAULT_BATCH;
                    }
                }
            }
        }
        return DEFAULT_BATCH;
    }
}
