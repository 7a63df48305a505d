package io.marketsync.app;

import io.marketsync.mapping.Mapping;
import io.marketsync.mapping.MappingField;
import io.marketsync.mapping.MappingLookup;
import io.marketsync.mapping.SourcePosition;
import io.marketsync.salesforce.metadata.FieldDef;
import io.marketsync.salesforce.metadata.FieldType;
import io.marketsync.salesforce.metadata.ObjectDef;
import io.marketsync.salesforce.metadata.OrgSchema;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks each mapping's target against the org's schema from {@code salesforce/}: the object exists,
 * the external id is an external-id field, every field exists, is writable, has a type the mapping's
 * {@code type} can fill and is long enough for its {@code maxLength}; lookups name a real relationship
 * and an external id on the parent.
 */
public final class MappingTargetValidator {

    private static final Set<FieldType> TEXT = EnumSet.of(
            FieldType.TEXT,
            FieldType.TEXTAREA,
            FieldType.LONG_TEXTAREA,
            FieldType.HTML,
            FieldType.EMAIL,
            FieldType.URL,
            FieldType.PHONE,
            FieldType.PICKLIST,
            FieldType.MULTIPICKLIST,
            FieldType.ID,
            FieldType.LOOKUP,
            FieldType.MASTER_DETAIL);
    private static final Set<FieldType> NUMERIC = EnumSet.of(FieldType.NUMBER, FieldType.CURRENCY, FieldType.PERCENT);

    /** Which Salesforce field types each mapping type can write. */
    private static final Map<String, Set<FieldType>> COMPATIBLE = Map.of(
            "string",
            TEXT,
            "date",
            EnumSet.of(FieldType.DATE, FieldType.DATETIME),
            "datetime",
            EnumSet.of(FieldType.DATETIME),
            "number",
            NUMERIC,
            "integer",
            NUMERIC,
            "boolean",
            EnumSet.of(FieldType.CHECKBOX));

    private final OrgSchema schema;

    public MappingTargetValidator(OrgSchema schema) {
        this.schema = schema;
    }

    public List<Problem> validate(Mapping mapping) {
        List<Problem> problems = new ArrayList<>();
        SourcePosition at = mapping.target().position();
        Optional<ObjectDef> object = schema.object(mapping.target().object());
        if (object.isEmpty()) {
            problems.add(
                    problem(mapping, at, "target object '" + mapping.target().object() + "' is not in salesforce/"));
            return problems;
        }
        ObjectDef target = object.get();
        String externalId = mapping.target().externalId();
        Optional<FieldDef> idField = target.field(externalId);
        if (idField.isEmpty() || !(idField.get().externalId() || "Id".equalsIgnoreCase(externalId))) {
            problems.add(problem(
                    mapping,
                    at,
                    "target.externalId '" + externalId + "' is not an external id field of " + target.name()));
        }
        for (MappingField field : mapping.fields()) {
            field(mapping, target, field).ifPresent(problems::add);
        }
        return problems;
    }

    private Optional<Problem> field(Mapping mapping, ObjectDef target, MappingField field) {
        if (field.lookup() != null) {
            return lookup(mapping, target, field, field.lookup());
        }
        Optional<FieldDef> def = target.field(field.name());
        if (def.isEmpty()) {
            return Optional.of(problem(
                    mapping,
                    field.position(),
                    "field '" + field.name() + "' does not exist on " + target.name() + " in salesforce/"));
        }
        FieldDef f = def.get();
        if (!f.writable()) {
            return Optional.of(problem(
                    mapping,
                    field.position(),
                    "field '" + field.name() + "' of " + target.name() + " is not writable (" + f.type() + ")"));
        }
        String type = field.type() == null ? "string" : field.type();
        if (!COMPATIBLE.getOrDefault(type, Set.of()).contains(f.type())) {
            return Optional.of(problem(
                    mapping,
                    field.position(),
                    "field '" + field.name() + "' is " + f.type() + " on " + target.name()
                            + " but the mapping writes type " + type));
        }
        if (field.maxLength() != null && f.length() != null && field.maxLength() > f.length()) {
            return Optional.of(problem(
                    mapping,
                    field.position(),
                    "maxLength " + field.maxLength() + " of '" + field.name() + "' exceeds its length " + f.length()
                            + " on " + target.name()));
        }
        return Optional.empty();
    }

    private Optional<Problem> lookup(Mapping mapping, ObjectDef target, MappingField field, MappingLookup lookup) {
        Optional<FieldDef> relation = target.relationship(field.name());
        if (relation.isEmpty()) {
            return Optional.of(problem(
                    mapping,
                    field.position(),
                    "'" + field.name() + "' is not a relationship of " + target.name() + " in salesforce/"));
        }
        String parent = relation.get().referenceTo();
        if (parent != null && !parent.equalsIgnoreCase(lookup.object())) {
            return Optional.of(problem(
                    mapping,
                    field.position(),
                    "'" + field.name() + "' refers to " + parent + ", not " + lookup.object()));
        }
        boolean parentKey = schema.object(lookup.object())
                .flatMap(o -> o.field(lookup.externalId()))
                .filter(FieldDef::externalId)
                .isPresent();
        if (!parentKey) {
            return Optional.of(problem(
                    mapping,
                    field.position(),
                    "lookup externalId '" + lookup.externalId() + "' is not an external id field of "
                            + lookup.object()));
        }
        return Optional.empty();
    }

    private static Problem problem(Mapping mapping, SourcePosition at, String message) {
        return new Problem(mapping.file(), at.line(), at.column(), message);
    }
}
