package io.marketsync.sandbox.salesforce;

import io.marketsync.salesforce.metadata.ObjectDef;
import io.marketsync.sandbox.SimHttp;
import io.marketsync.sandbox.salesforce.SimulatedOrgApi.WriteResult;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sobjects/...}: describeGlobal, describe, create (and platform event publishing), read,
 * update and delete by id, and upsert by external id with 201 / 200 (204 before v46) / 300 / 404.
 */
final class SObjectResources {

    private final SimulatedOrg org;
    private final Describe describe;
    private final SimulatorCounters counters;

    SObjectResources(SimulatedOrg org, SimulatorCounters counters) {
        this.org = org;
        this.describe = new Describe(org.schema(), org.prefixes());
        this.counters = counters;
    }

    void handle(RestCall call) throws IOException {
        List<String> segments = call.segments();
        if (segments.size() == 1 && call.method().equals("GET")) {
            counters.increment(SimulatorCounters.DESCRIBES);
            SimHttp.sendJson(call.exchange(), 200, describe.global(call.version()));
            return;
        }
        ObjectDef object = org.object(call.segment(1)).orElseThrow(ApiException::notFound);
        switch (segments.size()) {
            case 2 -> {
                if (!call.method().equals("POST")) {
                    throw ApiException.notFound();
                }
                create(call, object);
            }
            case 3 -> {
                if (call.segment(2).equals("describe")) {
                    counters.increment(SimulatorCounters.DESCRIBES);
                    SimHttp.sendJson(call.exchange(), 200, describe.object(object, call.version()));
                } else {
                    byId(call, object, call.segment(2));
                }
            }
            case 4 -> byExternalId(call, object, call.segment(2), call.segment(3));
            default -> throw ApiException.notFound();
        }
    }

    private void create(RestCall call, ObjectDef object) throws IOException {
        Map<String, Object> body = call.bodyObject();
        rejectMalformed(object, body);
        counters.increment(SimulatorCounters.WRITES);
        if (object.platformEvent()) {
            String id;
            try {
                id = org.publishEvent(object.name(), body, call.userId());
            } catch (RecordError e) {
                throw new ApiException(400, List.of(e.error()));
            }
            counters.increment(SimulatorCounters.EVENTS_PUBLISHED);
            SimHttp.sendJson(call.exchange(), 201, created(id, null));
            return;
        }
        counters.increment(SimulatorCounters.CREATES);
        WriteResult result = write(call, new OrgWrite.Insert(object.name(), body));
        SimHttp.sendJson(call.exchange(), 201, created(result.id(), null));
    }

    private void byId(RestCall call, ObjectDef object, String id) throws IOException {
        switch (call.method()) {
            case "GET" -> {
                Map<String, Object> record = org.record(object.name(), id).orElseThrow(ApiException::notFound);
                SimHttp.sendJson(call.exchange(), 200, withAttributes(call, object, record));
            }
            case "PATCH" -> {
                Map<String, Object> body = call.bodyObject();
                rejectMalformed(object, body);
                counters.increment(SimulatorCounters.WRITES);
                counters.increment(SimulatorCounters.UPDATES);
                write(call, new OrgWrite.Update(object.name(), id, body));
                SimHttp.send(call.exchange(), 204, null, new byte[0]);
            }
            case "DELETE" -> {
                counters.increment(SimulatorCounters.WRITES);
                counters.increment(SimulatorCounters.DELETES);
                write(call, new OrgWrite.Delete(object.name(), id));
                SimHttp.send(call.exchange(), 204, null, new byte[0]);
            }
            default -> throw new ApiException(
                    405,
                    "METHOD_NOT_ALLOWED",
                    "HTTP Method '" + call.method() + "' not allowed. Allowed are GET,PATCH,DELETE");
        }
    }

    private void byExternalId(RestCall call, ObjectDef object, String field, String value) throws IOException {
        if (call.method().equals("GET")) {
            List<String> ids = externalIdMatches(object, field, value);
            if (ids.isEmpty()) {
                throw ApiException.notFound();
            }
            if (ids.size() > 1) {
                SimHttp.sendJson(
                        call.exchange(),
                        300,
                        ids.stream()
                                .map(id -> call.sobjectUrl(object.name(), id))
                                .toList());
                return;
            }
            SimHttp.sendJson(
                    call.exchange(),
                    200,
                    withAttributes(
                            call, object, org.record(object.name(), ids.get(0)).orElseThrow()));
            return;
        }
        if (!call.method().equals("PATCH")) {
            throw new ApiException(
                    405,
                    "METHOD_NOT_ALLOWED",
                    "HTTP Method '" + call.method() + "' not allowed. Allowed are GET,PATCH");
        }
        Map<String, Object> body = call.bodyObject();
        rejectMalformed(object, body);
        counters.increment(SimulatorCounters.WRITES);
        counters.increment(SimulatorCounters.UPSERTS);
        WriteResult result = org.write(
                        List.of(new OrgWrite.Upsert(object.name(), field, value, body)),
                        false,
                        call.userId(),
                        call.changeOrigin())
                .get(0);
        if (!result.success() && result.errors().get(0).statusCode().equals("DUPLICATE_EXTERNAL_ID")) {
            List<String> urls = externalIdMatches(object, field, value).stream()
                    .map(id -> call.sobjectUrl(object.name(), id))
                    .toList();
            SimHttp.sendJson(call.exchange(), 300, urls);
            return;
        }
        failIfRefused(result);
        if (result.created()) {
            SimHttp.sendJson(call.exchange(), 201, created(result.id(), true));
        } else if (call.versionAtLeast(46.0)) {
            SimHttp.sendJson(call.exchange(), 200, created(result.id(), false));
        } else {
            SimHttp.send(call.exchange(), 204, null, new byte[0]);
        }
    }

    private List<String> externalIdMatches(ObjectDef object, String field, String value) {
        return object.field(field)
                .filter(f -> f.externalId() || f.unique())
                .map(f -> org.idsWhere(object.name(), f.name(), FieldValues.coerce(f, value)))
                .orElseThrow(() -> new ApiException(
                        404, "NOT_FOUND", "Provided external ID field does not exist or is not accessible: " + field));
    }

    private WriteResult write(RestCall call, OrgWrite write) {
        WriteResult result = org.write(List.of(write), false, call.userId(), call.changeOrigin())
                .get(0);
        failIfRefused(result);
        return result;
    }

    private static void failIfRefused(WriteResult result) {
        if (!result.success()) {
            String code = result.errors().get(0).statusCode();
            int status = code.equals("NOT_FOUND") || code.equals("ENTITY_IS_DELETED") ? 404 : 400;
            throw new ApiException(status, result.errors());
        }
    }

    private void rejectMalformed(ObjectDef object, Map<String, Object> body) {
        org.requestProblem(object.name(), body).ifPresent(error -> {
            throw new ApiException(400, error.statusCode(), error.message());
        });
    }

    private static Map<String, Object> created(String id, Boolean created) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("success", true);
        body.put("errors", List.of());
        if (created != null) {
            body.put("created", created);
        }
        return body;
    }

    private static Map<String, Object> withAttributes(RestCall call, ObjectDef object, Map<String, Object> record) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("attributes", Map.of("type", object.name(), "url", call.sobjectUrl(object.name(), (String)
                record.get("Id"))));
        body.putAll(record);
        return body;
    }
}
