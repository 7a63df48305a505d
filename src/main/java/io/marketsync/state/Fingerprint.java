package io.marketsync.state;

import java.time.Instant;

/** The content hash of the last version of a record Salesforce accepted. */
public record Fingerprint(
        String object, String externalId, String contentHash, String salesforceId, Instant lastWritten) {}
