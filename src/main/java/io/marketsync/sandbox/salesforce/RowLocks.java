package io.marketsync.sandbox.salesforce;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Objects whose rows another transaction holds locked: writes to them fail with {@code UNABLE_TO_LOCK_ROW}. */
public final class RowLocks {

    private final Set<String> locked = ConcurrentHashMap.newKeySet();

    public void hold(String sobject) {
        locked.add(key(sobject));
    }

    public void release(String sobject) {
        locked.remove(key(sobject));
    }

    public boolean isLocked(String sobject) {
        return locked.contains(key(sobject));
    }

    public void releaseAll() {
        locked.clear();
    }

    private static String key(String sobject) {
        return sobject.toLowerCase(Locale.ROOT);
    }
}
