package io.marketsync.state;

import java.util.List;

/**
 * What one page changes in the state store once its Salesforce writes succeeded: the route's new
 * watermark (null to leave it), the fingerprints of the records Salesforce accepted, and the
 * failures this page resolved. Applied in one transaction by {@link StateStore#commitPage}.
 */
public record PageCommit(
        String routeId, String watermark, List<Fingerprint> fingerprints, List<ResolvedFailure> resolved) {

    public record ResolvedFailure(String mapping, String sourceKey) {}
}
