package io.marketsync.aws.client;

import java.util.Map;

/** What {@code BatchDescribeEntities} found, and why it could not describe the others. */
public record BatchDescribeResult(Map<String, EntityDetail> details, Map<String, Error> errors) {

    public record Error(String errorCode, String errorMessage) {}
}
