package io.marketsync.aws;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marketsync.aws.client.AgreementFilter;
import io.marketsync.aws.client.AgreementPage;
import io.marketsync.aws.client.AgreementViewSummary;
import io.marketsync.aws.client.AwsApiException;
import io.marketsync.aws.client.MarketplaceAgreementClient;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the seller's purchase agreements. {@code SearchAgreements} has no modified-since filter
 * and agreements change without a trace in the search (status, end time, amendments), so every
 * poll sweeps all of them ({@code PartyType=Proposer}, {@code AgreementType=PurchaseAgreement})
 * with {@code DescribeAgreement} and {@code GetAgreementTerms} each, and the Salesforce sink's
 * change detection writes only what changed.
 *
 * <p>The watermark records where a sweep stands: {@code next:<token>} while a sweep is under way
 * (a poll stopped by {@code maxPagesPerPoll} or a failed page resumes there), {@code
 * swept:<instant>} once a sweep reached its end (the next poll starts a new one). A stored token
 * the API no longer accepts starts a new sweep.
 */
final class AgreementPageSource implements PageSource {

    static final String NEXT = "next:";
    static final String SWEPT = "swept:";

    private static final Logger LOG = LoggerFactory.getLogger(AgreementPageSource.class);

    private final MarketplaceAgreementClient client;
    private final List<AgreementFilter> filters = AgreementFilter.sellerPurchaseAgreements();
    private final int pageSize;
    private final Clock clock;

    AgreementPageSource(MarketplaceAgreementClient client, int pageSize, Clock clock) {
        this.client = client;
        this.pageSize = pageSize;
        this.clock = clock;
    }

    @Override
    public void read(String watermark, Sink sink) throws Exception {
        String token = watermark != null && watermark.startsWith(NEXT) ? watermark.substring(NEXT.length()) : null;
        AgreementPage page = firstPage(token);
        while (true) {
            List<ObjectNode> records = page.agreements().stream()
                    .map(AgreementViewSummary::agreementId)
                    .map(id -> MarketplaceRecords.agreement(client, id))
                    .toList();
            token = page.nextToken();
            String mark = token != null ? NEXT + token : SWEPT + clock.instant();
            if (!sink.accept(new Page(records, mark)) || token == null) {
                return;
            }
            page = client.searchAgreements(filters, pageSize, token);
        }
    }

    private AgreementPage firstPage(String resumeToken) {
        if (resumeToken == null) {
            return client.searchAgreements(filters, pageSize, null);
        }
        try {
            return client.searchAgreements(filters, pageSize, resumeToken);
        } catch (AwsApiException e) {
            if (!"ValidationException".equals(e.errorType())) {
                throw e;
            }
            LOG.info("Stored agreement sweep position no longer accepted ({}); starting a new sweep", e.getMessage());
            return client.searchAgreements(filters, pageSize, null);
        }
    }
}
