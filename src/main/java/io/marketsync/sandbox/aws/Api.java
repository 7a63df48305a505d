package io.marketsync.sandbox.aws;

/** The two AWS Marketplace APIs the simulator serves on one port, each with its own wire protocol. */
enum Api {
    /** Marketplace Catalog API: restJson1, one path per operation, PascalCase members. */
    CATALOG,
    /** Marketplace Agreement API: awsJson1_0, {@code POST /} with {@code X-Amz-Target}, camelCase members. */
    AGREEMENT
}
