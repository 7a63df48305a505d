package io.marketsync.aws.client;

import java.util.List;

/** One page of {@code SearchAgreements}; {@code nextToken} is null on the last page. */
public record AgreementPage(List<AgreementViewSummary> agreements, String nextToken) {}
