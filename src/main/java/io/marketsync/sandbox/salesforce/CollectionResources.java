package io.marketsync.sandbox.salesforce;

import com.fasterxml.jackson.core.type.TypeReference;
import io.marketsync.salesforce.metadata.ObjectDef;
import io.marketsync.sandbox.SimHttp;
import io.marketsync.sandbox.salesforce.SimulatedOrgApi.ApiError;
import io.marketsync.sandbox.salesforce.SimulatedOrgApi.WriteResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * sObject Collections: {@code PATCH composite/sobjects/X/ExtField} (upsert), {@code POST
 * composite/sobjects} (create) and {@code PATCH composite/sobjects} (update). At most 200 records
 * a call; one transaction, all-or-none or not; one result per record in request order.
 */
final class CollectionResources {

    static final int MAX_RECORDS = 200;

    private final SimulatedOrg org;
    private final SimulatorCounters counters;

    CollectionResources(SimulatedOrg org, SimulatorCounters counters) {
        this.org = org;
        this.counters = counters;
    }

    private record CollectionRequest(boolean allOrNone, List<Map<String, Object>> records) {}

    void handle(RestCall call) throws IOException {
        int size = call.segments().size();
        boolean upsert = size == 4 && call.method().equals("PATCH");
        boolean create = size == 2 && call.method().equals("POST");
        boolean update = size == 2 && call.method().equals("PATCH");
        if (!upsert && !create && !update) {
            throw ApiException.notFound();
        }
        ObjectDef upsertObject = upsert ? org.object(call.segment(2)).orElseThrow(ApiException::notFound) : null;
        CollectionRequest request = call.parse(new TypeReference<>() {});
        List<Map<String, Object>> records = request.records() == null ? List.of() : request.records();
        if (records.size() > MAX_RECORDS) {
            throw new ApiException(
                    400,
                    "EXCEEDED_ID_LIMIT",
                    "record limit reached. cannot submit more than 200 records into this call");
        }
        List<RecordPlan> plans = new ArrayList<>();
        Map<String, Integer> externalIds = new HashMap<>();
        for (Map<String, Object> record : records) {
            RecordPlan plan = plan(record, upsertObject, upsert ? call.segment(3) : null, update);
            plans.add(plan);
            if (plan.write() instanceof OrgWrite.Upsert u) {
                externalIds.merge(u.externalIdValue(), 1, Integer::sum);
            }
        }
        counters.increment(SimulatorCounters.COLLECTIONS);
        List<OrgWrite> writes = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        WriteResult[] results = new WriteResult[plans.size()];
        for (int i = 0; i < plans.size(); i++) {
            RecordPlan plan = plans.get(i);
            if (plan.write() instanceof OrgWrite.Upsert u && externalIds.get(u.externalIdValue()) > 1) {
                results[i] = WriteResult.failed(new ApiError(
                        "DUPLICATE_EXTERNAL_ID",
                        "Duplicate external id specified: " + u.externalIdValue(),
                        List.of(u.externalIdField())));
            } else if (plan.error() != null) {
                results[i] = WriteResult.failed(plan.error());
            } else {
                writes.add(plan.write());
                positions.add(i);
            }
        }
        boolean refusedBeforeWrite = writes.size() < plans.size();
        if (request.allOrNone() && refusedBeforeWrite) {
            writes.clear();
            positions.clear();
        }
        List<WriteResult> written = org.write(writes, request.allOrNone(), call.userId(), call.changeOrigin());
        for (int i = 0; i < written.size(); i++) {
            results[positions.get(i)] = written.get(i);
        }
        List<Map<String, Object>> body = new ArrayList<>();
        for (WriteResult result : results) {
            WriteResult shown =
                    result == null ? WriteResult.failed(RecordError.rolledBack().error()) : result;
            body.add(resultBody(shown, upsert));
        }
        SimHttp.sendJson(call.exchange(), 200, body);
    }

    /** A record's write, or why it is refused before the transaction starts. */
    private record RecordPlan(OrgWrite write, ApiError error) {}

    private RecordPlan plan(
            Map<String, Object> record, ObjectDef upsertObject, String externalIdField, boolean update) {
        Object attributes = record.get("attributes");
        Object type = attributes instanceof Map<?, ?> a ? a.get("type") : null;
        if (type == null) {
            return new RecordPlan(null, new ApiError("INVALID_TYPE", "Must send a concrete entity type.", List.of()));
        }
        ObjectDef object = org.object(type.toString()).orElse(null);
        if (object == null || (upsertObject != null && !upsertObject.name().equals(object.name()))) {
            return new RecordPlan(null, new ApiError("INVALID_TYPE", "Must send a concrete entity type.", List.of()));
        }
        var problem = org.requestProblem(object.name(), record);
        if (problem.isPresent()) {
            return new RecordPlan(null, problem.get());
        }
        Map<String, Object> fields = new LinkedHashMap<>(record);
        if (externalIdField != null) {
            Object value =
                    object.field(externalIdField).map(f -> fields.get(f.name())).orElse(null);
            if (value == null) {
                return new RecordPlan(
                        null,
                        new ApiError("MISSING_ARGUMENT", externalIdField + " not specified", List.of(externalIdField)));
            }
            return new RecordPlan(new OrgWrite.Upsert(object.name(), externalIdField, value.toString(), fields), null);
        }
        if (update) {
            Object id = fields.get("Id");
            if (id == null) {
                return new RecordPlan(
                        null, new ApiError("MISSING_ARGUMENT", "Id not specified in an update call", List.of()));
            }
            return new RecordPlan(new OrgWrite.Update(object.name(), id.toString(), fields), null);
        }
        return new RecordPlan(new OrgWrite.Insert(object.name(), fields), null);
    }

    private static Map<String, Object> resultBody(WriteResult result, boolean upsert) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (result.success()) {
            body.put("id", result.id());
            body.put("success", true);
            body.put("errors", List.of());
            if (upsert) {
                body.put("created", result.created());
            }
            return body;
        }
        body.put("success", false);
        body.put(
                "errors",
                result.errors().stream()
                        .map(e -> {
                            Map<String, Object> error = new LinkedHashMap<>();
                            error.put("statusCode", e.statusCode());
                            error.put("message", e.message());
                            error.put("fields", e.fields());
                            return error;
                        })
                        .toList());
        return body;
    }
}
