package io.marketsync.aws.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marketsync.sandbox.aws.StoredAgreement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MarketplaceAgreementClientTest {

    private SimulatedAws aws;
    private AwsClients clients;

    @BeforeEach
    void start() throws Exception {
        aws = new SimulatedAws();
        clients = aws.clients();
    }

    @AfterEach
    void stop() {
        clients.close();
        aws.close();
    }

    @Test
    void searchesTheSellersPurchaseAgreementsPageByPage() {
        List<AgreementViewSummary> found = new ArrayList<>();
        String token = null;
        do {
            AgreementPage page =
                    clients.agreement().searchAgreements(AgreementFilter.sellerPurchaseAgreements(), 2, token);
            assertThat(page.agreements()).hasSizeLessThanOrEqualTo(2);
            found.addAll(page.agreements());
            token = page.nextToken();
        } while (token != null);

        assertThat(found)
                .extracting(AgreementViewSummary::agreementId)
                .containsExactlyInAnyOrderElementsOf(aws.simulator().state().agreements().stream()
                        .map(StoredAgreement::agreementId)
                        .toList());
        assertThat(found).allSatisfy(a -> {
            assertThat(a.acceptor().accountId()).hasSize(12);
            assertThat(a.startTime()).isNotNull();
        });
    }

    @Test
    void describesAnAgreementWithEpochTimestampsReadAsInstants() {
        StoredAgreement stored = aws.simulator().state().agreements().get(0);
        JsonNode wire = stored.describeResponse();

        Agreement agreement = clients.agreement().describeAgreement(stored.agreementId());

        assertThat(agreement.agreementId()).isEqualTo(stored.agreementId());
        assertThat(agreement.status()).isEqualTo(stored.status());
        assertThat(agreement.startTime().getEpochSecond())
                .isEqualTo(wire.path("startTime").asLong());
        assertThat(agreement.acceptor().accountId())
                .isEqualTo(wire.path("acceptor").path("accountId").asText());
        assertThat(agreement.proposalSummary().offerId())
                .isEqualTo(wire.path("proposalSummary").path("offerId").asText());
    }

    @Test
    void readsEveryTermFollowingNextToken() {
        StoredAgreement stored = aws.simulator().state().agreements().get(0);
        List<ObjectNode> terms = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            terms.add(AwsJson.MAPPER
                    .createObjectNode()
                    .set(
                            "legalTerm",
                            AwsJson.MAPPER
                                    .createObjectNode()
                                    .put("type", "LegalTerm")
                                    .put("id", "term-" + i)));
        }
        aws.simulator().state().putAgreement(stored.describeResponse(), terms);

        List<JsonNode> read = clients.agreement().getAgreementTerms(stored.agreementId());

        assertThat(read).hasSize(120);
        assertThat(read.get(119).path("legalTerm").path("id").asText()).isEqualTo("term-119");
        assertThat(aws.simulator().state().calls("GetAgreementTerms")).isEqualTo(3);
    }
}
