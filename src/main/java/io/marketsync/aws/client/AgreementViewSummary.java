package io.marketsync.aws.client;

import java.time.Instant;
import java.util.List;

/** One {@code agreementViewSummaries} item of {@code SearchAgreements}. */
public record AgreementViewSummary(
        String agreementId,
        Instant acceptanceTime,
        Instant startTime,
        Instant endTime,
        String agreementType,
        Agreement.Party acceptor,
        Agreement.Party proposer,
        Agreement.ProposalSummary proposalSummary,
        String status,
        List<Entitlement> entitlements) {

    public record Entitlement(String licenseArn) {}
}
