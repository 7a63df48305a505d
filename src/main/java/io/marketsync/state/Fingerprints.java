package io.marketsync.state;

import java.util.Collection;
import java.util.Map;

/** Record fingerprints, keyed by Salesforce object and external id. */
public interface Fingerprints {

    /** The stored fingerprints of these external ids, keyed by external id; absent ones are missing. */
    Map<String, Fingerprint> find(String object, Collection<String> externalIds);

    void delete(String object, String externalId);
}
