package io.marketsync.sandbox.salesforce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Server-side cursors behind {@code nextRecordsUrl}: a query's rows are kept until its last page is
 * read (at most {@value #MAX_OPEN} cursors stay open; the oldest is dropped first, as Salesforce does).
 */
final class QueryCursors {

    private static final int MAX_OPEN = 1000;

    private final SalesforceIds ids;
    private final Map<String, List<Map<String, Object>>> open = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Map<String, Object>>> eldest) {
            return size() > MAX_OPEN;
        }
    };

    QueryCursors(SalesforceIds ids) {
        this.ids = ids;
    }

    /** One page of a query's answer, with the locator of the next page if there is one. */
    record Page(int totalSize, List<Map<String, Object>> records, String nextLocator) {}

    synchronized Page first(List<Map<String, Object>> rows, int batchSize) {
        if (rows.size() <= batchSize) {
            return new Page(rows.size(), rows, null);
        }
        String cursor = ids.next("01g").substring(0, 15);
        open.put(cursor, rows);
        return new Page(rows.size(), rows.subList(0, batchSize), cursor + "-" + batchSize);
    }

    /** The page at {@code locator} ({@code <cursor>-<offset>}); empty for an unknown or exhausted cursor. */
    synchronized Optional<Page> next(String locator, int batchSize) {
        int dash = locator.lastIndexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        String cursor = locator.substring(0, dash);
        List<Map<String, Object>> rows = open.get(cursor);
        int offset;
        try {
            offset = Integer.parseInt(locator.substring(dash + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (rows == null || offset < 0 || offset >= rows.size()) {
            return Optional.empty();
        }
        int end = Math.min(rows.size(), offset + batchSize);
        if (end == rows.size()) {
            open.remove(cursor);
            return Optional.of(new Page(rows.size(), rows.subList(offset, end), null));
        }
        return Optional.of(new Page(rows.size(), rows.subList(offset, end), cursor + "-" + end));
    }

    synchronized void clear() {
        open.clear();
    }
}
