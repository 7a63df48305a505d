package io.marketsync.aws;

/** What the producer does with the id it is given. */
public enum AwsMarketplaceOperation {
    /** Catalog {@code DescribeEntity}: a product, offer or resale authorization. */
    describeEntity,
    /** Agreement {@code DescribeAgreement} + {@code GetAgreementTerms}. */
    describeAgreement
}
