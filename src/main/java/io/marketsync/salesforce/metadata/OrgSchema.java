package io.marketsync.salesforce.metadata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The objects of an org as MarketSync expects it: the standard objects it uses plus everything the
 * SFDX project under {@code salesforce/} deploys (custom objects, platform events, and custom fields
 * on standard objects). Immutable.
 */
public final class OrgSchema {

    static final Path OBJECTS = Path.of("force-app", "main", "default", "objects");

    private static final class Standard {
        static final OrgSchema INSTANCE = new OrgSchema(StandardObjects.load());
    }

    private final Map<String, ObjectDef> byLowerName;

    private OrgSchema(Map<String, ObjectDef> objects) {
        Map<String, ObjectDef> index = new LinkedHashMap<>();
        objects.values().forEach(o -> index.put(key(o.name()), o));
        this.byLowerName = Collections.unmodifiableMap(index);
    }

    /** The standard objects only, as an org without MarketSync's package has them. */
    public static OrgSchema standardOnly() {
        return Standard.INSTANCE;
    }

    /**
     * Reads {@code salesforceDir/force-app/main/default/objects/**} on top of the standard objects.
     *
     * @throws MetadataException naming file and line for unreadable or inconsistent metadata
     */
    public static OrgSchema load(Path salesforceDir) {
        Path objectsDir = salesforceDir.resolve(OBJECTS);
        if (!Files.isDirectory(objectsDir)) {
            throw new MetadataException(
                    objectsDir, 1, 1, "no objects directory: is " + salesforceDir + " an SFDX project?");
        }
        Map<String, ObjectDef> objects = new LinkedHashMap<>();
        standardOnly().objects().forEach(o -> objects.put(key(o.name()), o));
        List<ObjectSource> sources =
                objectDirectories(objectsDir).stream().map(ObjectSource::read).toList();
        for (ObjectSource source : sources) {
            ObjectDef merged = source.custom() ? customObject(source, objects) : extendStandard(source, objects);
            objects.put(key(merged.name()), merged);
        }
        sources.forEach(source -> checkReferences(source, objects));
        return new OrgSchema(objects);
    }

    /** The object with this API name, ignoring case. */
    public Optional<ObjectDef> object(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byLowerName.get(key(name)));
    }

    /** Standard objects first, then the project's objects in directory order. */
    public Collection<ObjectDef> objects() {
        return byLowerName.values();
    }

    private static ObjectDef customObject(ObjectSource source, Map<String, ObjectDef> known) {
        if (known.containsKey(key(source.name()))) {
            throw new MetadataException(source.directory(), 1, 1, "object " + source.name() + " is defined twice");
        }
        return CustomObjectReader.read(source);
    }

    /** Adds a project's custom fields (e.g. {@code Account/fields/AWS_Account_Id__c}) to a standard object. */
    private static ObjectDef extendStandard(ObjectSource source, Map<String, ObjectDef> known) {
        ObjectDef standard = known.get(key(source.name()));
        if (standard == null) {
            throw new MetadataException(
                    source.directory(),
                    1,
                    1,
                    source.name() + " is not a standard object MarketSync knows; custom object names end in __c");
        }
        Map<String, FieldDef> fields = new LinkedHashMap<>(standard.fields());
        for (ObjectSource.FieldSource added : source.fields()) {
            if (!added.field().name().endsWith("__c")) {
                throw added.problem("fullName", "custom fields on standard objects end in __c");
            }
            if (fields.putIfAbsent(added.field().name(), added.field()) != null) {
                throw added.problem("fullName", "field " + added.field().name() + " is defined twice");
            }
        }
        return new ObjectDef(standard.name(), standard.label(), false, false, fields);
    }

    private static void checkReferences(ObjectSource source, Map<String, ObjectDef> objects) {
        for (ObjectSource.FieldSource added : source.fields()) {
            String parent = added.field().referenceTo();
            if (parent != null && !objects.containsKey(key(parent))) {
                throw added.problem(
                        "referenceTo", added.field().name() + " refers to " + parent + ", which is not in the org");
            }
        }
    }

    private static List<Path> objectDirectories(Path objectsDir) {
        try (Stream<Path> entries = Files.list(objectsDir)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + objectsDir, e);
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
