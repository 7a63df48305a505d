package io.marketsync.salesforce.metadata;

import java.nio.file.Path;
import java.util.List;

/** Reads one {@code fields/NAME.field-meta.xml} file into a {@link FieldDef}. */
final class CustomFieldReader {

    private static final String SUFFIX = ".field-meta.xml";

    private CustomFieldReader() {}

    static ObjectSource.FieldSource read(Path file) {
        MetadataElement field = MetadataXml.read(file, "CustomField");
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - SUFFIX.length());
        field.text("fullName").filter(full -> !full.equals(name)).ifPresent(full -> {
            String problem = "fullName '" + full + "' differs from the file name '" + name + "'";
            throw field.child("fullName").orElseThrow().problem(problem);
        });
        MetadataElement typeElement =
                field.child("type").orElseThrow(() -> field.problem("<CustomField> has no <type>"));
        FieldType type;
        try {
            type = FieldType.fromMetadata(typeElement.text());
        } catch (IllegalArgumentException e) {
            throw typeElement.problem(e.getMessage());
        }
        boolean calculated = field.text("formula").isPresent();
        boolean reference = type.isReference();
        List<MetadataElement> values = picklistValues(field);
        FieldDef def = new FieldDef(
                name,
                field.requiredText("label"),
                type,
                length(field, type, calculated),
                type.isNumeric() ? field.integer("precision").orElse(18) : null,
                type.isNumeric() ? field.integer("scale").orElse(0) : null,
                // Master-detail is always required; a checkbox always has a default, so never is.
                type == FieldType.MASTER_DETAIL || (type != FieldType.CHECKBOX && field.flag("required")),
                field.flag("externalId"),
                field.flag("unique"),
                values.stream().map(v -> v.requiredText("fullName")).toList(),
                field.child("valueSet").map(set -> set.flag("restricted")).orElse(false),
                reference ? field.requiredText("referenceTo") : null,
                reference ? relationshipName(field, name) : null,
                calculated);
        return new ObjectSource.FieldSource(def, field);
    }

    private static List<MetadataElement> picklistValues(MetadataElement field) {
        return field.child("valueSet")
                .flatMap(set -> set.child("valueSetDefinition"))
                .map(definition -> definition.children("value").stream()
                        .filter(v -> !v.text("isActive").orElse("true").equals("false"))
                        .toList())
                .orElse(List.of());
    }

    private static Integer length(MetadataElement field, FieldType type, boolean calculated) {
        return switch (type) {
            case TEXT -> calculated ? Integer.valueOf(1300) : requiredLength(field);
            case LONG_TEXTAREA, HTML -> requiredLength(field);
                // Salesforce fixes these lengths; the metadata does not carry them.
            case TEXTAREA, PICKLIST, URL -> 255;
            case MULTIPICKLIST -> 4099;
            case EMAIL -> 80;
            case PHONE -> 40;
            case AUTONUMBER -> 30;
            case ID, LOOKUP, MASTER_DETAIL -> 18;
            default -> null;
        };
    }

    private static Integer requiredLength(MetadataElement field) {
        return field.integer("length")
                .orElseThrow(() -> field.problem("a " + field.requiredText("type") + " field needs a <length>"));
    }

    /** Custom relationships are traversed with {@code __r}: {@code Listing__c} becomes {@code Listing__r}. */
    private static String relationshipName(MetadataElement field, String fieldName) {
        String base = field.text("relationshipName").orElse(fieldName.replaceFirst("(?i)__c$", ""));
        return base + "__r";
    }
}
