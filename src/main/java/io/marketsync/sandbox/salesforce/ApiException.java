package io.marketsync.sandbox.salesforce;

import io.marketsync.sandbox.salesforce.SimulatedOrgApi.ApiError;
import java.util.List;

/** A REST call refused as a whole, answered with an HTTP status and Salesforce's error array. */
public final class ApiException extends RuntimeException {

    private final int status;
    private final transient List<ApiError> errors;

    public ApiException(int status, String errorCode, String message) {
        this(status, List.of(new ApiError(errorCode, message, List.of())));
    }

    public ApiException(int status, List<ApiError> errors) {
        super(errors.isEmpty() ? "HTTP " + status : errors.get(0).statusCode() + ": " + errors.get(0).message());
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public List<ApiError> errors() {
        return errors;
    }

    public static ApiException notFound() {
        return new ApiException(404, "NOT_FOUND", "The requested resource does not exist");
    }
}
