package io.marketsync.sandbox.salesforce;

import io.marketsync.sandbox.salesforce.SimulatedOrgApi.ApiError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A REST call refused as a whole, answered with an HTTP status and Salesforce's error array. */
public final class ApiException extends RuntimeException {

    private final int status;
    private final transient List<ApiError> errors;
    private final boolean recordErrors;

    /** A request-level error: its body has no {@code fields}, as Salesforce's don't. */
    public ApiException(int status, String errorCode, String message) {
        this(status, List.of(new ApiError(errorCode, message, List.of())), false);
    }

    /** The errors of the one record a call wrote; each carries its {@code fields}. */
    public ApiException(int status, List<ApiError> errors) {
        this(status, errors, true);
    }

    private ApiException(int status, List<ApiError> errors, boolean recordErrors) {
        super(
                errors.isEmpty()
                        ? "HTTP " + status
                        : errors.get(0).statusCode() + ": " + errors.get(0).message());
        this.status = status;
        this.errors = List.copyOf(errors);
        this.recordErrors = recordErrors;
    }

    /** The body Salesforce sends: {@code [{"message","errorCode"[,"fields"]}]}. */
    public List<Map<String, Object>> body() {
        return errors.stream()
                .map(e -> {
                    Map<String, Object> error = new LinkedHashMap<>();
                    error.put("message", e.message());
                    error.put("errorCode", e.statusCode());
                    if (recordErrors) {
                        error.put("fields", e.fields());
                    }
                    return error;
                })
                .toList();
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
