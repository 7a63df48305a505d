package io.marketsync.salesforce.metadata;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A permission set file read for assertions: object, field and tab grants by name. */
record PermissionSetFile(
        String label, Map<String, ObjectAccess> objects, Map<String, FieldAccess> fields, List<String> tabs) {

    record ObjectAccess(
            boolean read, boolean create, boolean edit, boolean delete, boolean viewAll, boolean modifyAll) {}

    record FieldAccess(boolean readable, boolean editable) {}

    static PermissionSetFile read(Path file) {
        MetadataElement root = MetadataXml.read(file, "PermissionSet");
        Map<String, ObjectAccess> objects = new LinkedHashMap<>();
        for (MetadataElement grant : root.children("objectPermissions")) {
            objects.put(
                    grant.requiredText("object"),
                    new ObjectAccess(
                            grant.flag("allowRead"),
                            grant.flag("allowCreate"),
                            grant.flag("allowEdit"),
                            grant.flag("allowDelete"),
                            grant.flag("viewAllRecords"),
                            grant.flag("modifyAllRecords")));
        }
        Map<String, FieldAccess> fields = new LinkedHashMap<>();
        for (MetadataElement grant : root.children("fieldPermissions")) {
            fields.put(grant.requiredText("field"), new FieldAccess(grant.flag("readable"), grant.flag("editable")));
        }
        List<String> tabs = root.children("tabSettings").stream()
                .map(tab -> tab.requiredText("tab"))
                .toList();
        return new PermissionSetFile(root.requiredText("label"), objects, fields, tabs);
    }
}
