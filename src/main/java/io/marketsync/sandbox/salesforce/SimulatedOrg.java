package io.marketsync.sandbox.salesforce;

import io.marketsync.salesforce.metadata.FieldDef;
import io.marketsync.salesforce.metadata.FieldType;
import io.marketsync.salesforce.metadata.ObjectDef;
import io.marketsync.salesforce.metadata.OrgSchema;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The simulated org's data: an in-memory, thread-safe record store over the org's schema. Writes
 * run in transactions (all-or-none or each record on its own), are validated as Salesforce
 * validates them, keep the audit fields and publish Change Data Capture events when committed.
 */
public final class SimulatedOrg implements SimulatedOrgApi {

    /** The change origin of writes that don't say which API made them. */
    public static final String API_ORIGIN = "com/salesforce/api/rest/62.0";

    private final OrgSchema schema;
    private final Sessions sessions;
    private final RowLocks rowLocks;
    private final Clock clock;
    private final KeyPrefixes prefixes;
    private final SalesforceIds ids;
    private final OrgStore store = new OrgStore();
    private final RecordValidation validation;
    private final ChangeEvents changeEvents;
    private final StreamingBus bus;
    private final AtomicLong autoNumbers = new AtomicLong();

    public SimulatedOrg(
            OrgSchema schema, Sessions sessions, StreamingBus bus, RowLocks rowLocks, SalesforceIds ids, Clock clock) {
        this.schema = schema;
        this.sessions = sessions;
        this.rowLocks = rowLocks;
        this.clock = clock;
        this.bus = bus;
        this.ids = ids;
        this.prefixes = new KeyPrefixes(schema);
        this.validation = new RecordValidation(schema, store, prefixes);
        this.changeEvents = new ChangeEvents(bus, clock);
    }

    public OrgSchema schema() {
        return schema;
    }

    public KeyPrefixes prefixes() {
        return prefixes;
    }

    @Override
    public WriteResult upsert(
            String sobject, String externalIdField, String externalIdValue, Map<String, Object> record, String userId) {
        return single(new OrgWrite.Upsert(sobject, externalIdField, externalIdValue, record), userId);
    }

    @Override
    public WriteResult insert(String sobject, Map<String, Object> record, String userId) {
        return single(new OrgWrite.Insert(sobject, record), userId);
    }

    @Override
    public WriteResult update(String sobject, String id, Map<String, Object> record, String userId) {
        return single(new OrgWrite.Update(sobject, id, record), userId);
    }

    @Override
    public WriteResult delete(String sobject, String id, String userId) {
        return single(new OrgWrite.Delete(sobject, id), userId);
    }

    @Override
    public Optional<String> userForToken(String accessToken) {
        return sessions.userForToken(accessToken);
    }

    private WriteResult single(OrgWrite write, String userId) {
        return write(List.of(write), false, userId, API_ORIGIN).get(0);
    }

    /**
     * Writes records in one transaction. With {@code allOrNone} a single failure rolls every write
     * back and the others report {@code ALL_OR_NONE_OPERATION_ROLLED_BACK}; otherwise each record
     * succeeds or fails alone. Results are in request order.
     */
    public synchronized List<WriteResult> write(
            List<OrgWrite> writes, boolean allOrNone, String userId, String changeOrigin) {
        List<WriteResult> results = new ArrayList<>();
        List<Runnable> undo = new ArrayList<>();
        List<ChangeEvents.Change> changes = new ArrayList<>();
        boolean failed = false;
        for (OrgWrite write : writes) {
            try {
                results.add(apply(write, userId, undo, changes));
            } catch (RecordError e) {
                results.add(WriteResult.failed(e.error()));
                failed = true;
            }
        }
        if (allOrNone && failed) {
            for (int i = undo.size() - 1; i >= 0; i--) {
                undo.get(i).run();
            }
            return results.stream()
                    .map(r -> r.success()
                            ? WriteResult.failed(RecordError.rolledBack().error())
                            : r)
                    .toList();
        }
        changeEvents.publish(changes, userId, changeOrigin);
        return results;
    }

    /** The object with this name, as the schema spells it. */
    public Optional<ObjectDef> object(String sobject) {
        return schema.object(sobject);
    }

    /** A copy of a live record. */
    public synchronized Optional<Map<String, Object>> record(String sobject, String id) {
        return schema.object(sobject)
                .flatMap(o -> store.get(o, id))
                .filter(r -> !Boolean.TRUE.equals(r.get("IsDeleted")))
                .map(LinkedHashMap::new);
    }

    /** Ids of the live records whose {@code field} holds {@code value}. */
    public synchronized List<String> idsWhere(String sobject, String field, Object value) {
        ObjectDef object = schema.object(sobject).orElseThrow();
        return store.idsWhere(object, object.field(field).orElseThrow(), value);
    }

    /** Runs a read (a query) against a consistent view of the data. */
    synchronized <T> T read(Function<OrgStore, T> reader) {
        return reader.apply(store);
    }

    /** Why Salesforce would refuse a JSON request carrying this record as a whole, if it would. */
    public Optional<ApiError> requestProblem(String sobject, Map<String, Object> record) {
        return validation.requestProblem(schema.object(sobject).orElseThrow(), record);
    }

    /**
     * Publishes a platform event ({@code POST sobjects/X__e}) with its fields plus CreatedDate and
     * CreatedById; returns the event's id.
     */
    public String publishEvent(String sobject, Map<String, Object> fields, String userId) {
        ObjectDef event =
                schema.object(sobject).filter(ObjectDef::platformEvent).orElseThrow();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("CreatedDate", FieldValues.formatDateTime(clock.instant()));
        payload.put("CreatedById", userId);
        Map<String, Object> values;
        synchronized (this) {
            values = validation.validate(event, fields, null);
        }
        values.forEach((name, value) -> {
            if (value != null) {
                payload.put(name, value);
            }
        });
        payload.put("EventUuid", UUID.randomUUID().toString());
        String id = ids.next(prefixes.of(event.name()));
        bus.publish("/event/" + event.name(), payload);
        return id;
    }

    /**
     * Loads a seed record as a single-record read returns it: known fields are kept (including
     * Id and audit fields), unknown ones ignored; no change event is published.
     */
    public synchronized String load(String sobject, Map<String, Object> record, String userId) {
        ObjectDef object =
                schema.object(sobject).orElseThrow(() -> new IllegalArgumentException("no object " + sobject));
        Map<String, Object> writable = new LinkedHashMap<>();
        Map<String, Object> system = new LinkedHashMap<>();
        record.forEach((name, value) -> {
            Optional<FieldDef> field = object.field(name);
            if (field.isPresent() && field.get().writable()) {
                writable.put(name, value);
            } else if (field.isPresent() && value != null && !field.get().calculated()) {
                system.put(field.get().name(), FieldValues.coerce(field.get(), value));
            } else if (field.isEmpty()
                    && value instanceof Map<?, ?>
                    && object.relationship(name).isPresent()
                    && !((Map<?, ?>) value).containsKey("Id")) {
                writable.put(name, value);
            }
        });
        Map<String, Object> values = validation.validate(object, writable, null);
        Map<String, Object> row = newRecord(object, values, userId);
        String id = (String) system.get("Id");
        if (id != null && (!SalesforceIds.isValid(id) || !id.startsWith(prefixes.of(object.name())))) {
            throw new IllegalArgumentException(
                    "seed record of " + object.name() + " has a foreign or malformed Id " + id);
        }
        row.putAll(system);
        store.put(object, row);
        return (String) row.get("Id");
    }

    /** Deletes every record. */
    public synchronized void clear() {
        store.clear();
    }

    private WriteResult apply(OrgWrite write, String userId, List<Runnable> undo, List<ChangeEvents.Change> changes) {
        ObjectDef object =
                schema.object(write.sobject()).filter(o -> !o.platformEvent()).orElseThrow(RecordError::notFound);
        if (write instanceof OrgWrite.Insert insert) {
            return create(object, insert.fields(), userId, undo, changes);
        }
        if (write instanceof OrgWrite.Update update) {
            return modify(object, existing(object, update.id()), update.fields(), userId, undo, changes);
        }
        if (write instanceof OrgWrite.Delete delete) {
            return remove(object, existing(object, delete.id()), userId, undo, changes);
        }
        return upsert(object, (OrgWrite.Upsert) write, userId, undo, changes);
    }

    private WriteResult upsert(
            ObjectDef object,
            OrgWrite.Upsert upsert,
            String userId,
            List<Runnable> undo,
            List<ChangeEvents.Change> changes) {
        if (upsert.externalIdField().equalsIgnoreCase("Id")) {
            return modify(object, existing(object, upsert.externalIdValue()), upsert.fields(), userId, undo, changes);
        }
        FieldDef key = object.field(upsert.externalIdField())
                .filter(f -> f.externalId() || f.unique())
                .orElseThrow(() -> new RecordError(
                        "NOT_FOUND",
                        "Provided external ID field does not exist or is not accessible: " + upsert.externalIdField(),
                        List.of()));
        Object keyValue;
        try {
            keyValue = FieldValues.coerce(key, upsert.externalIdValue());
        } catch (FieldValues.TypeMismatch e) {
            throw RecordError.wrongType(key, upsert.externalIdValue());
        }
        List<String> matches = store.idsWhere(object, key, keyValue);
        if (matches.size() > 1) {
            throw RecordError.duplicateExternalId(key.name(), upsert.externalIdValue(), matches);
        }
        Map<String, Object> fields = new LinkedHashMap<>(upsert.fields());
        fields.keySet().removeIf(name -> name.equalsIgnoreCase(key.name()));
        if (matches.isEmpty()) {
            fields.put(key.name(), upsert.externalIdValue());
            return create(object, fields, userId, undo, changes);
        }
        return modify(object, store.get(object, matches.get(0)).orElseThrow(), fields, userId, undo, changes);
    }

    private Map<String, Object> existing(ObjectDef object, String id) {
        Map<String, Object> row = store.get(object, id).orElseThrow(RecordError::notFound);
        if (Boolean.TRUE.equals(row.get("IsDeleted"))) {
            throw RecordError.deleted();
        }
        return row;
    }

    private WriteResult create(
            ObjectDef object,
            Map<String, Object> fields,
            String userId,
            List<Runnable> undo,
            List<ChangeEvents.Change> changes) {
        if (rowLocks.isLocked(object.name())) {
            throw RecordError.locked(null);
        }
        Map<String, Object> row = newRecord(object, validation.validate(object, fields, null), userId);
        String id = (String) row.get("Id");
        store.put(object, row);
        undo.add(() -> store.remove(object, id));
        Map<String, Object> values = new LinkedHashMap<>(row);
        values.keySet().removeAll(List.of("Id", "IsDeleted", "SystemModstamp"));
        values.values().removeIf(v -> v == null);
        changes.add(new ChangeEvents.Change(object, id, "CREATE", values, List.of()));
        return WriteResult.ok(id, true);
    }

    private Map<String, Object> newRecord(ObjectDef object, Map<String, Object> values, String userId) {
        String now = FieldValues.formatDateTime(clock.instant());
        Map<String, Object> row = new LinkedHashMap<>();
        for (FieldDef field : object.fields().values()) {
            row.put(field.name(), field.type() == FieldType.CHECKBOX ? Boolean.FALSE : null);
            if (field.type() == FieldType.AUTONUMBER) {
                row.put(field.name(), String.format("%08d", autoNumbers.incrementAndGet()));
            }
        }
        row.putAll(values);
        row.put("Id", ids.next(prefixes.of(object.name())));
        if (object.fields().containsKey("OwnerId") && row.get("OwnerId") == null) {
            row.put("OwnerId", userId);
        }
        row.put("IsDeleted", Boolean.FALSE);
        row.put("CreatedDate", now);
        row.put("CreatedById", userId);
        row.put("LastModifiedDate", now);
        row.put("LastModifiedById", userId);
        row.put("SystemModstamp", now);
        row.keySet().retainAll(object.fields().keySet());
        return row;
    }

    private WriteResult modify(
            ObjectDef object,
            Map<String, Object> before,
            Map<String, Object> fields,
            String userId,
            List<Runnable> undo,
            List<ChangeEvents.Change> changes) {
        String id = (String) before.get("Id");
        if (rowLocks.isLocked(object.name())) {
            throw RecordError.locked(id);
        }
        Map<String, Object> values = validation.validate(object, fields, before);
        Map<String, Object> after = new LinkedHashMap<>(before);
        Map<String, Object> changed = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (!Objects.equals(before.get(name), value)) {
                changed.put(name, value);
            }
        });
        after.putAll(values);
        String now = FieldValues.formatDateTime(clock.instant());
        after.put("LastModifiedDate", now);
        after.put("LastModifiedById", userId);
        after.put("SystemModstamp", now);
        store.put(object, after);
        undo.add(() -> store.put(object, before));
        if (!changed.isEmpty()) {
            List<String> names = new ArrayList<>(changed.keySet());
            names.add("LastModifiedDate");
            Map<String, Object> payload = new LinkedHashMap<>(changed);
            payload.values().removeIf(v -> v == null);
            payload.put("LastModifiedDate", now);
            changes.add(new ChangeEvents.Change(object, id, "UPDATE", payload, names));
        }
        return WriteResult.ok(id, false);
    }

    private WriteResult remove(
            ObjectDef object,
            Map<String, Object> before,
            String userId,
            List<Runnable> undo,
            List<ChangeEvents.Change> changes) {
        String id = (String) before.get("Id");
        if (rowLocks.isLocked(object.name())) {
            throw RecordError.locked(id);
        }
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("IsDeleted", Boolean.TRUE);
        after.put("LastModifiedById", userId);
        after.put("SystemModstamp", FieldValues.formatDateTime(clock.instant()));
        store.put(object, after);
        undo.add(() -> store.put(object, before));
        changes.add(new ChangeEvents.Change(object, id, "DELETE", Map.of(), List.of()));
        return WriteResult.ok(id, false);
    }
}
