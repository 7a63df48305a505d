package io.marketsync.salesforce.metadata;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The standard objects MarketSync writes or reads (Account, Contact, Opportunity, Lead, Quote,
 * User), described in {@value #RESOURCE} since no SFDX project carries their definitions.
 */
final class StandardObjects {

    static final String RESOURCE = "/salesforce-standard/objects.yaml";

    private StandardObjects() {}

    /** The standard objects keyed by API name, in the resource's order. Unknown keys are refused. */
    static Map<String, ObjectDef> load() {
        List<ObjectSpec> specs;
        try (InputStream in = StandardObjects.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            specs = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<List<ObjectSpec>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<String, ObjectDef> objects = new LinkedHashMap<>();
        for (ObjectSpec spec : specs) {
            objects.put(spec.name(), spec.toObjectDef());
        }
        return objects;
    }

    record ObjectSpec(String name, String label, boolean owned, List<FieldSpec> fields) {

        ObjectDef toObjectDef() {
            List<FieldDef> ordered = new ArrayList<>();
            ordered.add(SystemFields.id(label));
            ordered.add(SystemFields.isDeleted());
            fields.forEach(f -> ordered.add(f.toFieldDef()));
            if (owned) {
                ordered.add(SystemFields.owner());
            }
            ordered.addAll(SystemFields.audit());
            Map<String, FieldDef> byName = new LinkedHashMap<>();
            ordered.forEach(f -> byName.put(f.name(), f));
            return new ObjectDef(name, label, false, false, byName);
        }
    }

    /** One standard field; {@code type} uses the metadata names (Text, Picklist, Lookup...). */
    record FieldSpec(
            String name,
            String label,
            String type,
            Integer length,
            Integer precision,
            Integer scale,
            boolean required,
            boolean externalId,
            boolean unique,
            List<String> values,
            boolean restricted,
            String referenceTo,
            String relationshipName,
            boolean calculated) {

        FieldDef toFieldDef() {
            return new FieldDef(
                    name,
                    label,
                    FieldType.fromMetadata(type),
                    length,
                    precision,
                    scale,
                    required,
                    externalId,
                    unique,
                    values,
                    restricted,
                    referenceTo,
                    relationshipName,
                    calculated);
        }
    }
}
