package io.marketsync.aws.client;

import java.util.List;

/** One {@code SearchAgreements} filter; the API takes exactly one value per filter. */
public record AgreementFilter(String name, String value) {

    /** The filters a seller uses to see every purchase agreement of its offers. */
    public static List<AgreementFilter> sellerPurchaseAgreements() {
        return List.of(
                new AgreementFilter("PartyType", "Proposer"),
                new AgreementFilter("AgreementType", "PurchaseAgreement"));
    }
}
