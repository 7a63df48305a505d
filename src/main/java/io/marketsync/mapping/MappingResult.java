package io.marketsync.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one mapping made of one input.
 *
 * @param sourceCount source records read from the input (before any {@code when} filter)
 */
public record MappingResult(List<MappedRecord> records, List<MappingFailure> failures, int sourceCount) {

    /** The Salesforce records alone, in order. */
    public List<Map<String, Object>> salesforceRecords() {
        List<Map<String, Object>> out = new ArrayList<>(records.size());
        for (MappedRecord r : records) {
            out.add(r.record());
        }
        return out;
    }
}
