package io.marketsync.salesforce;

import io.marketsync.mapping.MappedRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts the records to send into Salesforce calls: grouped by object, objects that others look up
 * first, sObject Collections chunks of 200, one Bulk API 2.0 job for an object above the threshold.
 */
final class BatchPlanner {

    private final int bulkThreshold;

    BatchPlanner(int bulkThreshold) {
        this.bulkThreshold = bulkThreshold;
    }

    List<WriteBatch> plan(Collection<MappedRecord> records) {
        Map<String, Map<String, MappedRecord>> byObject = new LinkedHashMap<>();
        for (MappedRecord record : records) {
            // the same external id twice in one call is refused by Salesforce: the later version wins
            byObject.computeIfAbsent(record.object(), o -> new LinkedHashMap<>())
                    .put(record.externalId(), record);
        }
        List<WriteBatch> batches = new ArrayList<>();
        for (String object : parentsFirst(byObject)) {
            List<MappedRecord> group = List.copyOf(byObject.get(object).values());
            String externalIdField = group.get(0).externalIdField();
            if (group.size() > bulkThreshold) {
                batches.add(new WriteBatch(object, externalIdField, group, true));
                continue;
            }
            for (int from = 0; from < group.size(); from += SinkSettings.COLLECTION_SIZE) {
                List<MappedRecord> chunk =
                        group.subList(from, Math.min(group.size(), from + SinkSettings.COLLECTION_SIZE));
                batches.add(new WriteBatch(object, externalIdField, chunk, false));
            }
        }
        return batches;
    }

    /** Objects ordered so that an object comes after every object of the page it looks up; cycles keep page order. */
    private static List<String> parentsFirst(Map<String, Map<String, MappedRecord>> byObject) {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        byObject.forEach((object, records) -> {
            Set<String> objectParents = new LinkedHashSet<>();
            records.values().forEach(r -> objectParents.addAll(r.parents()));
            objectParents.retainAll(byObject.keySet());
            objectParents.remove(object);
            parents.put(object, objectParents);
        });
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (ordered.size() < parents.size()) {
            String next = parents.keySet().stream()
                    .filter(o -> !placed.contains(o) && placed.containsAll(parents.get(o)))
                    .findFirst()
                    .orElseGet(() -> parents.keySet().stream()
                            .filter(o -> !placed.contains(o))
                            .findFirst()
                            .orElseThrow());
            ordered.add(next);
            placed.add(next);
        }
        return ordered;
    }
}
