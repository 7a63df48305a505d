package io.marketsync.sandbox;

import com.sun.net.httpserver.Headers;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Response headers that remember each name as first written. {@link Headers} keys its map by a re-cased
 * name ({@code Sforce-limit-info}); {@link #spelling} gives back {@code Sforce-Limit-Info} for the wire.
 * Every mutator of {@link Headers} (and {@link Map}'s defaults, which call {@link #put}) records the name.
 */
final class CaseKeepingHeaders extends Headers {

    private final Map<String, String> spellings = new ConcurrentHashMap<>();

    /** The name as the handler first wrote it, for a key of this map. */
    String spelling(String key) {
        return spellings.getOrDefault(key.toLowerCase(Locale.ROOT), key);
    }

    @Override
    public List<String> put(String key, List<String> value) {
        List<String> previous = super.put(key, value);
        remember(key);
        return previous;
    }

    @Override
    public void add(String key, String value) {
        super.add(key, value);
        remember(key);
    }

    @Override
    public void set(String key, String value) {
        super.set(key, value);
        remember(key);
    }

    @Override
    public void putAll(Map<? extends String, ? extends List<String>> headers) {
        super.putAll(headers);
        headers.keySet().forEach(this::remember);
    }

    @Override
    public List<String> remove(Object key) {
        List<String> removed = super.remove(key);
        if (key instanceof String name) {
            spellings.remove(name.toLowerCase(Locale.ROOT));
        }
        return removed;
    }

    @Override
    public void clear() {
        super.clear();
        spellings.clear();
    }

    // Called after super accepted the name, so invalid names never get here.
    private void remember(String key) {
        spellings.putIfAbsent(key.toLowerCase(Locale.ROOT), key);
    }
}
