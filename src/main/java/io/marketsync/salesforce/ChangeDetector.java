package io.marketsync.salesforce;

import io.marketsync.mapping.MappedRecord;
import io.marketsync.state.Fingerprint;
import io.marketsync.state.Fingerprints;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells which mapped records changed since Salesforce last accepted them: a record whose content hash
 * equals its stored fingerprint is left out.
 */
final class ChangeDetector {

    private final Fingerprints fingerprints;

    ChangeDetector(Fingerprints fingerprints) {
        this.fingerprints = fingerprints;
    }

    /** The outcome for one page: the records to send (each with its hash) and how many were unchanged. */
    record Changes(Map<MappedRecord, String> changed, long unchanged) {}

    Changes detect(List<MappedRecord> records) {
        Map<MappedRecord, String> changed = new IdentityHashMap<>();
        long unchanged = 0;
        for (Map.Entry<String, List<MappedRecord>> group : byObject(records).entrySet()) {
            List<String> ids =
                    group.getValue().stream().map(MappedRecord::externalId).toList();
            Map<String, Fingerprint> stored = fingerprints.find(group.getKey(), ids);
            for (MappedRecord record : group.getValue()) {
                String hash = ContentHash.of(record.record());
                Fingerprint previous = stored.get(record.externalId());
                if (previous != null && hash.equals(previous.contentHash())) {
                    unchanged++;
                } else {
                    changed.put(record, hash);
                }
            }
        }
        return new Changes(changed, unchanged);
    }

    private static Map<String, List<MappedRecord>> byObject(List<MappedRecord> records) {
        Map<String, List<MappedRecord>> groups = new LinkedHashMap<>();
        for (MappedRecord record : records) {
            groups.computeIfAbsent(record.object(), o -> new ArrayList<>()).add(record);
        }
        return groups;
    }
}
