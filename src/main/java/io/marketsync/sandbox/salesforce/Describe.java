package io.marketsync.sandbox.salesforce;

import io.marketsync.salesforce.metadata.FieldDef;
import io.marketsync.salesforce.metadata.FieldType;
import io.marketsync.salesforce.metadata.ObjectDef;
import io.marketsync.salesforce.metadata.OrgSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bodies of {@code sobjects/} (describeGlobal) and {@code sobjects/X/describe}, built from the schema. */
final class Describe {

    private final OrgSchema schema;
    private final KeyPrefixes prefixes;

    Describe(OrgSchema schema, KeyPrefixes prefixes) {
        this.schema = schema;
        this.prefixes = prefixes;
    }

    Map<String, Object> global(String version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("encoding", "UTF-8");
        body.put("maxBatchSize", 200);
        body.put(
                "sobjects",
                schema.objects().stream().map(o -> summary(o, version)).toList());
        return body;
    }

    Map<String, Object> object(ObjectDef object, String version) {
        Map<String, Object> body = summary(object, version);
        body.put(
                "fields", object.fields().values().stream().map(Describe::field).toList());
        body.put("childRelationships", List.of());
        body.put("recordTypeInfos", List.of());
        return body;
    }

    private Map<String, Object> summary(ObjectDef object, String version) {
        String base = "/services/data/v" + version + "/sobjects/" + object.name();
        boolean event = object.platformEvent();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", object.name());
        body.put("label", object.label());
        body.put("labelPlural", object.label());
        body.put("keyPrefix", prefixes.of(object.name()));
        body.put("custom", object.custom());
        body.put("customSetting", false);
        body.put("createable", true);
        body.put("updateable", !event);
        body.put("deletable", !event);
        body.put("queryable", !event);
        body.put("retrieveable", !event);
        body.put("searchable", !event);
        body.put("triggerable", true);
        body.put("layoutable", !event);
        body.put("urls", Map.of("sobject", base, "describe", base + "/describe", "rowTemplate", base + "/{ID}"));
        return body;
    }

    private static Map<String, Object> field(FieldDef field) {
        FieldType type = field.type();
        boolean text = type.isText() || type == FieldType.ID || type.isReference();
        int length = text && field.length() != null ? field.length() : 0;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", field.name());
        body.put("label", field.label());
        body.put("type", type.describeType());
        body.put("soapType", type.soapType());
        body.put("length", length);
        body.put("byteLength", length * 3);
        body.put("precision", type.isNumeric() && field.precision() != null ? field.precision() : 0);
        body.put("scale", type.isNumeric() && field.scale() != null ? field.scale() : 0);
        body.put("digits", 0);
        body.put("custom", field.name().endsWith("__c"));
        body.put("calculated", field.calculated() || type == FieldType.FORMULA);
        body.put("autoNumber", type == FieldType.AUTONUMBER);
        body.put("nillable", !field.required() && type != FieldType.CHECKBOX && type != FieldType.ID);
        body.put("defaultedOnCreate", type == FieldType.CHECKBOX || !field.writable());
        body.put("createable", field.writable());
        body.put("updateable", field.writable());
        body.put("filterable", type != FieldType.LONG_TEXTAREA);
        body.put("sortable", type != FieldType.LONG_TEXTAREA && type != FieldType.MULTIPICKLIST);
        body.put("externalId", field.externalId());
        body.put("idLookup", field.externalId() || field.unique() || type == FieldType.ID);
        body.put("unique", field.unique());
        body.put("caseSensitive", false);
        body.put("restrictedPicklist", field.restrictedPicklist());
        body.put(
                "picklistValues",
                field.picklistValues().stream().map(Describe::picklistValue).toList());
        body.put("referenceTo", field.referenceTo() == null ? List.of() : List.of(field.referenceTo()));
        body.put("relationshipName", field.relationshipName());
        return body;
    }

    private static Map<String, Object> picklistValue(String value) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("active", true);
        entry.put("defaultValue", false);
        entry.put("label", value);
        entry.put("validFor", null);
        entry.put("value", value);
        return entry;
    }
}
