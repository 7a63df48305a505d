package io.marketsync.sandbox.aws;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error the simulated APIs return: the error shape's name (e.g. {@code ValidationException}), its HTTP
 * status and message, plus the extra members some Agreement API errors carry ({@code reason}, {@code resourceId}).
 */
final class AwsApiException extends RuntimeException {

    private final String errorType;
    private final int status;
    private final Map<String, String> members = new LinkedHashMap<>();

    AwsApiException(String errorType, int status, String message) {
        super(message, null, false, false);
        this.errorType = errorType;
        this.status = status;
    }

    AwsApiException with(String member, String value) {
        members.put(member, value);
        return this;
    }

    String errorType() {
        return errorType;
    }

    int status() {
        return status;
    }

    Map<String, String> members() {
        return members;
    }

    /** Catalog validation errors are HTTP 422 (restJson1 model); the Agreement API's are 400 with a reason. */
    static AwsApiException validation(Api api, String message, String agreementReason) {
        return api == Api.CATALOG
                ? new AwsApiException("ValidationException", 422, message)
                : new AwsApiException("ValidationException", 400, message).with("reason", agreementReason);
    }

    static AwsApiException notFound(Api api, String message, String resourceId) {
        AwsApiException e = new AwsApiException("ResourceNotFoundException", 404, message);
        return api == Api.CATALOG ? e : e.with("resourceId", resourceId).with("resourceType", "Agreement");
    }

    static AwsApiException throttling() {
        return new AwsApiException("ThrottlingException", 429, "Rate exceeded");
    }

    static AwsApiException internal(Api api) {
        return new AwsApiException(
                api == Api.CATALOG ? "InternalServiceException" : "InternalServerException",
                500,
                "An internal error occurred.");
    }
}
