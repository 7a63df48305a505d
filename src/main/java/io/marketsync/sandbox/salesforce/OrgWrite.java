package io.marketsync.sandbox.salesforce;

import java.util.Map;

/** One record write in a transaction of the simulated org. */
public sealed interface OrgWrite {

    String sobject();

    record Upsert(String sobject, String externalIdField, String externalIdValue, Map<String, Object> fields)
            implements OrgWrite {}

    record Insert(String sobject, Map<String, Object> fields) implements OrgWrite {}

    record Update(String sobject, String id, Map<String, Object> fields) implements OrgWrite {}

    record Delete(String sobject, String id) implements OrgWrite {}
}
