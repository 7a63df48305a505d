package io.marketsync.salesforce.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a custom object's or platform event's source into an {@link ObjectDef} with its system fields. */
final class CustomObjectReader {

    private CustomObjectReader() {}

    static ObjectDef read(ObjectSource source) {
        MetadataElement definition = source.definition()
                .orElseThrow(() -> new MetadataException(
                        source.directory().resolve(source.name() + ".object-meta.xml"),
                        1,
                        1,
                        "custom object " + source.name() + " has no object definition file"));
        String label = definition.requiredText("label");
        List<FieldDef> ordered = new ArrayList<>();
        if (source.platformEvent()) {
            ordered.addAll(SystemFields.platformEvent());
        } else {
            ordered.add(SystemFields.id(label));
            // Detail records take their owner from the master record.
            boolean detail = source.fields().stream().anyMatch(f -> f.field().type() == FieldType.MASTER_DETAIL);
            if (!detail) {
                ordered.add(SystemFields.owner());
            }
            ordered.add(SystemFields.isDeleted());
            ordered.add(nameField(definition));
            ordered.addAll(SystemFields.audit());
        }
        Map<String, FieldDef> fields = new LinkedHashMap<>();
        ordered.forEach(f -> fields.put(f.name(), f));
        for (ObjectSource.FieldSource custom : source.fields()) {
            if (fields.putIfAbsent(custom.field().name(), custom.field()) != null) {
                throw custom.problem("fullName", "field " + custom.field().name() + " is defined by Salesforce");
            }
        }
        return new ObjectDef(source.name(), label, true, source.platformEvent(), fields);
    }

    private static FieldDef nameField(MetadataElement definition) {
        MetadataElement nameField = definition
                .child("nameField")
                .orElseThrow(() -> definition.problem("<CustomObject> has no <nameField>"));
        String label = nameField.requiredText("label");
        String type = nameField.requiredText("type");
        return switch (type) {
            case "Text" -> SystemFields.name(label, false);
            case "AutoNumber" -> SystemFields.name(label, true);
            default -> throw nameField
                    .child("type")
                    .orElseThrow()
                    .problem("a name field is Text or AutoNumber, not " + type);
        };
    }
}
