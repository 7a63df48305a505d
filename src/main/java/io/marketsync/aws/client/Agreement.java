package io.marketsync.aws.client;

import java.time.Instant;
import java.util.List;

/** An agreement as Agreement API {@code DescribeAgreement} returns it. */
public record Agreement(
        String agreementId,
        Party acceptor,
        Party proposer,
        Instant startTime,
        Instant endTime,
        Instant acceptanceTime,
        String agreementType,
        EstimatedCharges estimatedCharges,
        ProposalSummary proposalSummary,
        String status) {

    /** The buyer ({@code acceptor}) or seller ({@code proposer}) account. */
    public record Party(String accountId) {}

    /** What was agreed to: the offer and the products ({@code resources}) it covers. */
    public record ProposalSummary(List<Resource> resources, String offerId, String offerSetId) {}

    public record Resource(String id, String type) {}

    /** {@code agreementValue} is a decimal string, as on the wire. */
    public record EstimatedCharges(String currencyCode, String agreementValue) {}
}
