package io.marketsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.marketsync.sandbox.SimHttp;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bulk API 2.0 ingest under {@code /services/data/vXX.X/jobs/ingest}: create a job, upload CSV, close or abort it,
 * follow its state (Open, UploadComplete, InProgress, JobComplete / Failed / Aborted), read successful, failed and
 * unprocessed rows, list and delete jobs. A closed job's rows are written through the org on a background thread,
 * as the job's user.
 *
 * <p>Mounted behind the simulator's router, which authenticates the call and leaves the user id in the exchange
 * attribute {@value #USER_ID_ATTRIBUTE}.
 */
public final class Bulk2Api implements HttpHandler, AutoCloseable {

    public static final String USER_ID_ATTRIBUTE = "marketsync.sim.userId";

    private static final Pattern PATH = Pattern.compile(
            "/services/data/v(\\d+\\.\\d)/jobs/ingest/?(?:([^/]+)/?(?:(batches|successfulResults|failedResults|unprocessedrecords)/?)?)?");
    private static final Set<String> OPERATIONS = Set.of("insert", "update", "upsert", "delete", "hardDelete");

    // Sorted by id, which is creation order.
    private final Map<String, Bulk2Job> jobs = new ConcurrentSkipListMap<>();
    private final AtomicLong jobNumber = new AtomicLong();
    private final Bulk2RowWriter writer;
    private final Clock clock;
    private final ExecutorService processing = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "salesforce-sim-bulk2");
        thread.setDaemon(true);
        return thread;
    });

    public Bulk2Api(SimulatedOrgApi org) {
        this.writer = new Bulk2RowWriter(org);
        this.clock = Clock.systemUTC();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Matcher path = PATH.matcher(exchange.getRequestURI().getPath());
        if (!path.matches()) {
            error(exchange, 404, "NOT_FOUND", "The requested resource does not exist");
            return;
        }
        String userId = exchange.getAttribute(USER_ID_ATTRIBUTE) instanceof String user ? user : null;
        if (userId == null) {
            error(exchange, 401, "INVALID_SESSION_ID", "Session expired or invalid");
            return;
        }
        String method = exchange.getRequestMethod();
        String jobId = path.group(2);
        if (jobId == null) {
            switch (method) {
                case "POST" -> create(exchange, path.group(1), userId);
                case "GET" -> list(exchange);
                default -> methodNotAllowed(exchange, "GET, POST");
            }
            return;
        }
        Bulk2Job job = jobs.get(jobId);
        if (job == null) {
            error(exchange, 404, "NOT_FOUND", "The requested resource does not exist");
            return;
        }
        String part = path.group(3);
        if (part == null) {
            onJob(exchange, job, method, userId);
        } else if ("batches".equals(part)) {
            upload(exchange, job, method);
        } else if ("GET".equals(method)) {
            results(exchange, job, part);
        } else {
            methodNotAllowed(exchange, "GET");
        }
    }

    private void onJob(HttpExchange exchange, Bulk2Job job, String method, String userId) throws IOException {
        switch (method) {
            case "GET" -> SimHttp.sendJson(exchange, 200, job.info());
            case "PATCH" -> changeState(exchange, job, userId);
            case "DELETE" -> delete(exchange, job);
            default -> methodNotAllowed(exchange, "GET, PATCH, DELETE");
        }
    }

    private void create(HttpExchange exchange, String apiVersion, String userId) throws IOException {
        JsonNode body;
        try {
            body = SimHttp.bodyJson(exchange);
        } catch (IOException e) {
            error(exchange, 400, "JSON_PARSER_ERROR", "The request body is not valid JSON");
            return;
        }
        Bulk2Job.Settings settings = new Bulk2Job.Settings(
                text(body, "object", null),
                text(body, "operation", null),
                text(body, "externalIdFieldName", null),
                text(body, "assignmentRuleId", null),
                text(body, "columnDelimiter", "COMMA"),
                text(body, "lineEnding", "LF"),
                apiVersion);
        String problem = problem(settings, text(body, "contentType", "CSV"));
        if (problem != null) {
            error(exchange, 400, "INVALIDJOB", problem);
            return;
        }
        Bulk2Job job = new Bulk2Job(newJobId(), settings, userId, clock);
        jobs.put(job.id(), job);
        SimHttp.sendJson(exchange, 200, job.createdInfo());
    }

    private static String problem(Bulk2Job.Settings settings, String contentType) {
        if (settings.object() == null || settings.object().isBlank()) {
            return "InvalidJob : Object is required";
        }
        if (!OPERATIONS.contains(settings.operation())) {
            return "InvalidJob : Invalid operation: " + settings.operation();
        }
        if ("upsert".equals(settings.operation()) && settings.externalIdFieldName() == null) {
            return "InvalidJob : External ID was blank for upsert";
        }
        if (!"CSV".equals(contentType)) {
            return "InvalidJob : Invalid contentType: " + contentType;
        }
        if (!Bulk2Csv.knownDelimiter(settings.columnDelimiter())) {
            return "InvalidJob : Invalid columnDelimiter: " + settings.columnDelimiter();
        }
        if (!Bulk2Csv.knownLineEnding(settings.lineEnding())) {
            return "InvalidJob : Invalid lineEnding: " + settings.lineEnding();
        }
        return null;
    }

    private void list(HttpExchange exchange) throws IOException {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("done", true);
        page.put("records", jobs.values().stream().map(Bulk2Job::info).toList());
        page.put("nextRecordsUrl", null);
        SimHttp.sendJson(exchange, 200, page);
    }

    private void upload(HttpExchange exchange, Bulk2Job job, String method) throws IOException {
        if (!"PUT".equals(method)) {
            methodNotAllowed(exchange, "PUT");
            return;
        }
        if (!job.upload(SimHttp.bodyText(exchange))) {
            error(exchange, 409, "INVALIDJOBSTATE", "Data can be uploaded only while the job is Open");
            return;
        }
        SimHttp.send(exchange, 201, null, new byte[0]);
    }

    private void changeState(HttpExchange exchange, Bulk2Job job, String userId) throws IOException {
        String requested;
        try {
            requested = text(SimHttp.bodyJson(exchange), "state", "");
        } catch (IOException e) {
            error(exchange, 400, "JSON_PARSER_ERROR", "The request body is not valid JSON");
            return;
        }
        boolean closing = Bulk2Job.UPLOAD_COMPLETE.equals(requested);
        boolean aborting = Bulk2Job.ABORTED.equals(requested);
        if (!(closing || aborting) || !job.moveTo(requested)) {
            error(
                    exchange,
                    409,
                    "INVALIDJOBSTATE",
                    "Cannot change the state of a job in state " + job.state() + " to " + requested);
            return;
        }
        // The reply shows the state just set, as Salesforce's does, before processing moves it on.
        Map<String, Object> info = job.info();
        if (closing) {
            processing.execute(() -> writer.process(job, userId));
        }
        SimHttp.sendJson(exchange, 200, info);
    }

    private void delete(HttpExchange exchange, Bulk2Job job) throws IOException {
        boolean deletable = job.isFinal() || Bulk2Job.UPLOAD_COMPLETE.equals(job.state());
        if (!deletable) {
            error(exchange, 409, "INVALIDJOBSTATE", "A job in state " + job.state() + " cannot be deleted");
            return;
        }
        jobs.remove(job.id());
        SimHttp.send(exchange, 204, null, new byte[0]);
    }

    private static void results(HttpExchange exchange, Bulk2Job job, String part) throws IOException {
        String csv =
                switch (part) {
                    case "successfulResults" -> job.successfulResults();
                    case "failedResults" -> job.failedResults();
                    default -> job.unprocessedRecords();
                };
        SimHttp.sendText(exchange, 200, "text/csv", csv);
    }

    /** An 18-character job id with Salesforce's 750 key prefix (digits only, so the case-checksum suffix is AAA). */
    private String newJobId() {
        return String.format("7508d%010dAAA", jobNumber.incrementAndGet());
    }

    private static String text(JsonNode body, String field, String fallback) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    private static void methodNotAllowed(HttpExchange exchange, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        error(
                exchange,
                405,
                "METHOD_NOT_ALLOWED",
                "HTTP Method '" + exchange.getRequestMethod() + "' not allowed. Allowed are " + allowed);
    }

    private static void error(HttpExchange exchange, int status, String errorCode, String message) throws IOException {
        SimHttp.sendJson(exchange, status, List.of(Map.of("errorCode", errorCode, "message", message)));
    }

    /** Stops processing jobs; a job in progress stops with the simulator. */
    @Override
    public void close() {
        processing.shutdownNow();
    }
}
