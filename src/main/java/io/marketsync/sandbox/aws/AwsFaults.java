package io.marketsync.sandbox.aws;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Faults to inject: the next N calls of an operation (or of any, {@code "*"}) fail with a given HTTP status
 * and error type, e.g. three {@code ListEntities} calls answered 500 {@code InternalServiceException}.
 */
public final class AwsFaults {

    /** Matches every operation. */
    public static final String ANY_OPERATION = "*";

    /** One injected failure; {@code errorType} null means the usual type for the status and API. */
    record Fault(int status, String errorType) {}

    private final Map<String, Deque<Fault>> pending = new HashMap<>();

    /** Fails the next {@code times} calls of {@code operation} with the usual error type for {@code status}. */
    public void failNext(String operation, int times, int status) {
        failNext(operation, times, status, null);
    }

    /**
     * Fails the next {@code times} calls of {@code operation} ({@code ListEntities}, {@code SearchAgreements},
     * ..., or {@link #ANY_OPERATION}) with {@code status} and the error shape {@code errorType}.
     */
    public synchronized void failNext(String operation, int times, int status, String errorType) {
        Deque<Fault> queue = pending.computeIfAbsent(operation, op -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(new Fault(status, errorType));
        }
    }

    public synchronized void clear() {
        pending.clear();
    }

    /** How many injected failures are still waiting. */
    public synchronized int pending() {
        return pending.values().stream().mapToInt(Deque::size).sum();
    }

    synchronized Optional<AwsApiException> take(Operation operation) {
        Deque<Fault> queue = pending.get(operation.operationName());
        if (queue == null || queue.isEmpty()) {
            queue = pending.get(ANY_OPERATION);
        }
        if (queue == null || queue.isEmpty()) {
            return Optional.empty();
        }
        Fault fault = queue.poll();
        String type = fault.errorType() != null ? fault.errorType() : usualType(fault.status(), operation.api());
        return Optional.of(new AwsApiException(type, fault.status(), "Injected fault: " + type));
    }

    private static String usualType(int status, Api api) {
        return switch (status) {
            case 400, 422 -> "ValidationException";
            case 403 -> "AccessDeniedException";
            case 404 -> "ResourceNotFoundException";
            case 429 -> "ThrottlingException";
            case 503 -> "ServiceUnavailableException";
            default -> api == Api.CATALOG ? "InternalServiceException" : "InternalServerException";
        };
    }
}
