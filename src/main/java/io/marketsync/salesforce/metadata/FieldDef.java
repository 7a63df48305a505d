package io.marketsync.salesforce.metadata;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One field of an sObject as MarketSync needs to know it: to validate writes (length, required,
 * picklist, uniqueness), to resolve relationships and to answer describe calls.
 *
 * @param length maximum characters for text-like fields, else null
 * @param precision total digits for numeric fields, else null
 * @param scale digits after the decimal point for numeric fields, else null
 * @param required a value must be given on create (Salesforce: not nillable and not defaulted)
 * @param picklistValues the API names of the active values, in declared order; empty for other types
 * @param referenceTo the parent object of a lookup or master-detail field, else null
 * @param relationshipName the name used to traverse to the parent, e.g. {@code Listing__r} or
 *     {@code Account}; null for non-reference fields
 * @param calculated a formula or other value Salesforce computes (never written by clients)
 */
public record FieldDef(
        String name,
        String label,
        FieldType type,
        Integer length,
        Integer precision,
        Integer scale,
        boolean required,
        boolean externalId,
        boolean unique,
        List<String> picklistValues,
        boolean restrictedPicklist,
        String referenceTo,
        String relationshipName,
        boolean calculated) {

    /** Fields Salesforce maintains on every record; clients can read them but never set them. */
    private static final Set<String> SYSTEM_MAINTAINED = Set.of(
            "IsDeleted",
            "CreatedDate",
            "CreatedById",
            "LastModifiedDate",
            "LastModifiedById",
            "SystemModstamp",
            "ReplayId",
            "EventUuid");

    public FieldDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        label = label == null ? name : label;
        picklistValues = picklistValues == null ? List.of() : List.copyOf(picklistValues);
    }

    /** Whether a client may send a value for this field on create or update. */
    public boolean writable() {
        return !calculated
                && type != FieldType.ID
                && type != FieldType.AUTONUMBER
                && type != FieldType.FORMULA
                && !SYSTEM_MAINTAINED.contains(name);
    }
}
