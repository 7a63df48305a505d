package io.marketsync.sandbox.salesforce;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A map-backed stand-in for the org store behind the Bulk 2.0 and CometD handlers: records by object and id, valid
 * tokens, and one validation rule (a new record needs a Name) so that rows can fail the way Salesforce fails them.
 */
final class Bulk2TestOrg implements SimulatedOrgApi {

    /** One write as the handler made it. */
    record Write(String operation, String sobject, String userId) {}

    private final Map<String, String> usersByToken = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Map<String, Object>>> records = new HashMap<>();
    private final List<Write> writes = new ArrayList<>();
    private int nextId = 1;

    void grant(String token, String userId) {
        usersByToken.put(token, userId);
    }

    void revoke(String token) {
        usersByToken.remove(token);
    }

    synchronized Map<String, Object> record(String sobject, String id) {
        return records.getOrDefault(sobject, Map.of()).get(id);
    }

    synchronized Optional<Map<String, Object>> findBy(String sobject, String field, Object value) {
        return records.getOrDefault(sobject, Map.of()).values().stream()
                .filter(r -> value.equals(r.get(field)))
                .findFirst();
    }

    synchronized List<Write> writes() {
        return List.copyOf(writes);
    }

    @Override
    public synchronized WriteResult upsert(
            String sobject, String externalIdField, String externalIdValue, Map<String, Object> record, String userId) {
        writes.add(new Write("upsert", sobject, userId));
        Optional<Map<String, Object>> existing = findBy(sobject, externalIdField, externalIdValue);
        if (existing.isPresent()) {
            existing.get().putAll(record);
            return WriteResult.ok((String) existing.get().get("Id"), false);
        }
        Map<String, Object> created = new LinkedHashMap<>(record);
        created.put(externalIdField, externalIdValue);
        return create(sobject, created);
    }

    @Override
    public synchronized WriteResult insert(String sobject, Map<String, Object> record, String userId) {
        writes.add(new Write("insert", sobject, userId));
        return create(sobject, new LinkedHashMap<>(record));
    }

    @Override
    public synchronized WriteResult update(String sobject, String id, Map<String, Object> record, String userId) {
        writes.add(new Write("update", sobject, userId));
        Map<String, Object> existing = record(sobject, id);
        if (existing == null) {
            return WriteResult.failed(new ApiError("ENTITY_IS_DELETED", "entity is deleted", List.of()));
        }
        existing.putAll(record);
        return WriteResult.ok(id, false);
    }

    @Override
    public synchronized WriteResult delete(String sobject, String id, String userId) {
        writes.add(new Write("delete", sobject, userId));
        Map<String, Map<String, Object>> byId = records.getOrDefault(sobject, new HashMap<>());
        return byId.remove(id) == null
                ? WriteResult.failed(new ApiError("ENTITY_IS_DELETED", "entity is deleted", List.of()))
                : WriteResult.ok(id, false);
    }

    @Override
    public Optional<String> userForToken(String accessToken) {
        return Optional.ofNullable(usersByToken.get(accessToken));
    }

    private WriteResult create(String sobject, Map<String, Object> record) {
        if (record.get("Name") == null) {
            return WriteResult.failed(
                    new ApiError("REQUIRED_FIELD_MISSING", "Required fields are missing: [Name]", List.of("Name")));
        }
        String id = String.format("a00%012dAAA", nextId++);
        record.put("Id", id);
        records.computeIfAbsent(sobject, s -> new LinkedHashMap<>()).put(id, record);
        return WriteResult.ok(id, true);
    }
}
