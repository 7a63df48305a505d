package io.marketsync.sandbox.salesforce;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One Bulk API 2.0 ingest job: its settings, uploaded CSV, state and per-row results. Thread-safe. */
final class Bulk2Job {

    static final String OPEN = "Open";
    static final String UPLOAD_COMPLETE = "UploadComplete";
    static final String IN_PROGRESS = "InProgress";
    static final String JOB_COMPLETE = "JobComplete";
    static final String FAILED = "Failed";
    static final String ABORTED = "Aborted";

    private static final Set<String> FINAL_STATES = Set.of(JOB_COMPLETE, FAILED, ABORTED);
    private static final DateTimeFormatter SALESFORCE_DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

    /** What the client chose when it created the job. */
    record Settings(
            String object,
            String operation,
            String externalIdFieldName,
            String assignmentRuleId,
            String columnDelimiter,
            String lineEnding,
            String apiVersion) {}

    private final String id;
    private final Settings settings;
    private final String createdById;
    private final Instant createdDate;
    private final Clock clock;
    private final Bulk2Csv csv;
    private final StringBuilder uploads = new StringBuilder();
    private final List<List<String>> successful = new ArrayList<>();
    private final List<List<String>> failed = new ArrayList<>();
    private String state = OPEN;
    private Instant systemModstamp;
    private String errorMessage;
    private Bulk2Csv.Table data;
    private int rowsHandled;
    private long processingMillis;

    Bulk2Job(String id, Settings settings, String createdById, Clock clock) {
        this.id = id;
        this.settings = settings;
        this.createdById = createdById;
        this.clock = clock;
        this.createdDate = clock.instant();
        this.systemModstamp = createdDate;
        this.csv = new Bulk2Csv(settings.columnDelimiter(), settings.lineEnding());
    }

    String id() {
        return id;
    }

    Settings settings() {
        return settings;
    }

    synchronized String state() {
        return state;
    }

    synchronized boolean isFinal() {
        return FINAL_STATES.contains(state);
    }

    /** Appends one {@code PUT .../batches} body; later uploads repeat the header row, which is dropped. */
    synchronized boolean upload(String text) {
        if (!OPEN.equals(state)) {
            return false;
        }
        if (uploads.isEmpty()) {
            uploads.append(text);
        } else {
            if (uploads.charAt(uploads.length() - 1) != '\n') {
                uploads.append("CRLF".equals(settings.lineEnding()) ? "\r\n" : "\n");
            }
            int headerEnd = text.indexOf('\n');
            uploads.append(headerEnd < 0 ? "" : text.substring(headerEnd + 1));
        }
        return true;
    }

    /** Moves the job to {@code newState} if Salesforce allows that transition from the current one. */
    synchronized boolean moveTo(String newState) {
        boolean allowed =
                switch (newState) {
                    case UPLOAD_COMPLETE -> OPEN.equals(state);
                    case IN_PROGRESS -> UPLOAD_COMPLETE.equals(state);
                    case ABORTED -> !isFinal();
                    default -> false;
                };
        if (allowed) {
            state = newState;
            systemModstamp = clock.instant();
        }
        return allowed;
    }

    /** The uploaded rows, parsed once. */
    synchronized Bulk2Csv.Table data() throws Bulk2CsvException {
        if (data == null) {
            data = csv.parse(uploads.toString());
        }
        return data;
    }

    synchronized void succeeded(List<String> row, String recordId, boolean created) {
        List<String> result = new ArrayList<>(List.of(recordId, String.valueOf(created)));
        result.addAll(row);
        successful.add(result);
        rowsHandled++;
    }

    synchronized void failed(List<String> row, String recordId, String error) {
        List<String> result = new ArrayList<>(List.of(recordId == null ? "" : recordId, error));
        result.addAll(row);
        failed.add(result);
        rowsHandled++;
    }

    synchronized void finish(long millis) {
        processingMillis = millis;
        if (IN_PROGRESS.equals(state)) {
            state = JOB_COMPLETE;
            systemModstamp = clock.instant();
        }
    }

    synchronized void fail(String message) {
        errorMessage = message;
        state = FAILED;
        systemModstamp = clock.instant();
    }

    synchronized String successfulResults() {
        return results(List.of("sf__Id", "sf__Created"), successful);
    }

    synchronized String failedResults() {
        return results(List.of("sf__Id", "sf__Error"), failed);
    }

    /** Rows not processed: all of them until processing starts, the rest after an abort or failure. */
    synchronized String unprocessedRecords() {
        Bulk2Csv.Table table;
        try {
            table = data();
        } catch (Bulk2CsvException e) {
            // Data Salesforce could not read is returned as it was uploaded.
            return uploads.toString();
        }
        StringBuilder out = new StringBuilder(csv.line(table.header(), 0));
        table.rows().subList(rowsHandled, table.rows().size()).forEach(row -> out.append(csv.line(row, 0)));
        return out.toString();
    }

    private String results(List<String> resultColumns, List<List<String>> rows) {
        List<String> header = new ArrayList<>(resultColumns);
        try {
            header.addAll(data().header());
        } catch (Bulk2CsvException e) {
            // No readable upload: the result files carry only their own columns.
        }
        StringBuilder out = new StringBuilder(csv.line(header, resultColumns.size()));
        rows.forEach(row -> out.append(csv.line(row, resultColumns.size())));
        return out.toString();
    }

    /** The job as {@code POST jobs/ingest} returns it. */
    synchronized Map<String, Object> createdInfo() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", id);
        info.put("operation", settings.operation());
        info.put("object", settings.object());
        info.put("createdById", createdById);
        info.put("createdDate", SALESFORCE_DATE_TIME.format(createdDate));
        info.put("systemModstamp", SALESFORCE_DATE_TIME.format(systemModstamp));
        info.put("state", state);
        if (settings.externalIdFieldName() != null) {
            info.put("externalIdFieldName", settings.externalIdFieldName());
        }
        if (settings.assignmentRuleId() != null) {
            info.put("assignmentRuleId", settings.assignmentRuleId());
        }
        info.put("concurrencyMode", "Parallel");
        info.put("contentType", "CSV");
        info.put("apiVersion", Double.valueOf(settings.apiVersion()));
        info.put("contentUrl", "services/data/v" + settings.apiVersion() + "/jobs/ingest/" + id + "/batches");
        info.put("lineEnding", settings.lineEnding());
        info.put("columnDelimiter", settings.columnDelimiter());
        return info;
    }

    /** The job as {@code GET jobs/ingest/{id}} returns it, with its counters. */
    synchronized Map<String, Object> info() {
        Map<String, Object> info = createdInfo();
        info.remove("contentUrl");
        info.put("jobType", "V2Ingest");
        info.put("numberRecordsProcessed", rowsHandled);
        info.put("numberRecordsFailed", failed.size());
        info.put("retries", 0);
        info.put("totalProcessingTime", processingMillis);
        info.put("apiActiveProcessingTime", processingMillis);
        info.put("apexProcessingTime", 0);
        if (errorMessage != null) {
            info.put("errorMessage", errorMessage);
        }
        return info;
    }
}
