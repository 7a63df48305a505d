package io.marketsync.sandbox.aws;

import java.util.Arrays;
import java.util.Optional;

/** The operations the simulator serves, with their request line as the botocore models define it. */
enum Operation {
    LIST_ENTITIES(Api.CATALOG, "ListEntities", "POST"),
    DESCRIBE_ENTITY(Api.CATALOG, "DescribeEntity", "GET"),
    BATCH_DESCRIBE_ENTITIES(Api.CATALOG, "BatchDescribeEntities", "POST"),
    SEARCH_AGREEMENTS(Api.AGREEMENT, "SearchAgreements", "POST"),
    DESCRIBE_AGREEMENT(Api.AGREEMENT, "DescribeAgreement", "POST"),
    GET_AGREEMENT_TERMS(Api.AGREEMENT, "GetAgreementTerms", "POST");

    /** The Agreement API's {@code X-Amz-Target} prefix (botocore {@code targetPrefix}). */
    static final String AGREEMENT_TARGET_PREFIX = "AWSMPCommerceService_v20200301.";

    private final Api api;
    private final String operationName;
    private final String method;

    Operation(Api api, String operationName, String method) {
        this.api = api;
        this.operationName = operationName;
        this.method = method;
    }

    Api api() {
        return api;
    }

    String operationName() {
        return operationName;
    }

    /** Catalog operations are {@code METHOD /OperationName}. */
    static Optional<Operation> catalog(String method, String path) {
        return Arrays.stream(values())
                .filter(op -> op.api == Api.CATALOG)
                .filter(op -> op.method.equals(method) && path.equals("/" + op.operationName))
                .findFirst();
    }

    /** Agreement operations are {@code POST /} named by {@code X-Amz-Target}. */
    static Optional<Operation> agreement(String target) {
        return Arrays.stream(values())
                .filter(op -> op.api == Api.AGREEMENT)
                .filter(op -> target.equals(AGREEMENT_TARGET_PREFIX + op.operationName))
                .findFirst();
    }
}
