package io.marketsync.aws.client;

/**
 * An error answer of an AWS API. The message is the service's own; request headers (and so
 * credentials) are never part of it.
 */
public class AwsApiException extends RuntimeException {

    private final String service;
    private final String operation;
    private final int httpStatus;
    private final String errorType;

    public AwsApiException(String service, String operation, int httpStatus, String errorType, String message) {
        super(service + " " + operation + " failed with HTTP " + httpStatus + " " + errorType + ": " + message);
        this.service = service;
        this.operation = operation;
        this.httpStatus = httpStatus;
        this.errorType = errorType;
    }

    public String service() {
        return service;
    }

    public String operation() {
        return operation;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The error's shape name without namespace, e.g. {@code ThrottlingException}; "Unknown" when the answer had none. */
    public String errorType() {
        return errorType;
    }

    /** True for the answers worth another attempt: throttling, 429 and server faults. */
    public boolean isRetryable() {
        return httpStatus == 429 || httpStatus >= 500 || "ThrottlingException".equals(errorType);
    }
}
