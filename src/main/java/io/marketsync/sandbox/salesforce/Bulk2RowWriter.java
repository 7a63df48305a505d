package io.marketsync.sandbox.salesforce;

import io.marketsync.sandbox.salesforce.SimulatedOrgApi.ApiError;
import io.marketsync.sandbox.salesforce.SimulatedOrgApi.WriteResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the rows of one Bulk API 2.0 job through the org, as the job's user, and records each row's outcome. */
final class Bulk2RowWriter {

    /** Bulk API 2.0's value for "set this field to null"; an empty value leaves the field unchanged. */
    private static final String NULL_VALUE = "#N/A";

    private final SimulatedOrgApi org;

    Bulk2RowWriter(SimulatedOrgApi org) {
        this.org = org;
    }

    /** Processes every row unless the job is aborted meanwhile; a job whose data cannot be read fails. */
    void process(Bulk2Job job, String userId) {
        if (!job.moveTo(Bulk2Job.IN_PROGRESS)) {
            return;
        }
        long started = System.nanoTime();
        Bulk2Csv.Table data;
        try {
            data = job.data();
        } catch (Bulk2CsvException e) {
            job.fail(e.getMessage());
            return;
        }
        for (List<String> row : data.rows()) {
            if (job.isFinal()) {
                return;
            }
            write(job, data.header(), row, userId);
        }
        job.finish((System.nanoTime() - started) / 1_000_000);
    }

    private void write(Bulk2Job job, List<String> header, List<String> row, String userId) {
        Bulk2Job.Settings settings = job.settings();
        Map<String, Object> record = record(header, row);
        String operation = settings.operation();
        String keyField = "upsert".equals(operation) ? settings.externalIdFieldName() : "Id";
        Object key = "insert".equals(operation) ? null : record.remove(keyField);
        if (!"insert".equals(operation) && !(key instanceof String)) {
            job.failed(row, null, error(new ApiError("MISSING_ARGUMENT", keyField + " not specified", List.of())));
            return;
        }
        WriteResult result =
                switch (operation) {
                    case "insert" -> org.insert(settings.object(), record, userId);
                    case "update" -> org.update(settings.object(), (String) key, record, userId);
                    case "upsert" -> org.upsert(settings.object(), keyField, (String) key, record, userId);
                    default -> org.delete(settings.object(), (String) key, userId);
                };
        String recordId = result.id() != null ? result.id() : "Id".equals(keyField) ? (String) key : null;
        if (result.success()) {
            job.succeeded(row, recordId, result.created());
        } else {
            job.failed(row, recordId, error(result.errors().get(0)));
        }
    }

    /**
     * The record a row describes: empty values are left out, {@code #N/A} becomes null, and a relationship column
     * such as {@code Account__r.AWS_Account_Id__c} becomes a nested lookup by external id.
     */
    static Map<String, Object> record(List<String> header, List<String> row) {
        Map<String, Object> record = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String value = row.get(i);
            if (value.isEmpty()) {
                continue;
            }
            Object fieldValue = NULL_VALUE.equals(value) ? null : value;
            String column = header.get(i);
            int dot = column.indexOf('.');
            if (dot > 0) {
                nested(record, column.substring(0, dot)).put(column.substring(dot + 1), fieldValue);
            } else {
                record.put(column, fieldValue);
            }
        }
        return record;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nested(Map<String, Object> record, String relationship) {
        return (Map<String, Object>) record.computeIfAbsent(relationship, r -> new LinkedHashMap<String, Object>());
    }

    /** The {@code sf__Error} text: {@code CODE:message:fields --}. */
    private static String error(ApiError error) {
        String fields = error.fields().isEmpty() ? "--" : String.join(",", error.fields()) + " --";
        return error.statusCode() + ":" + error.message() + ":" + fields;
    }
}
