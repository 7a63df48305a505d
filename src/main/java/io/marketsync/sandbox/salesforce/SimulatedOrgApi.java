package io.marketsync.sandbox.salesforce;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the simulated org offers its APIs (REST, Bulk 2.0, CometD): record writes with Salesforce's
 * validation and errors, and session checks. Writes publish Change Data Capture events.
 */
public interface SimulatedOrgApi {

    /** Upsert by external id; {@code record} holds field values (relationship fields allowed). */
    WriteResult upsert(
            String sobject, String externalIdField, String externalIdValue, Map<String, Object> record, String userId);

    WriteResult insert(String sobject, Map<String, Object> record, String userId);

    WriteResult update(String sobject, String id, Map<String, Object> record, String userId);

    WriteResult delete(String sobject, String id, String userId);

    /** The user id (18 chars) of a valid, unexpired access token; empty if invalid or expired. */
    Optional<String> userForToken(String accessToken);

    /** The outcome of one record write, as Salesforce reports it per record. */
    record WriteResult(String id, boolean created, List<ApiError> errors) {
        public boolean success() {
            return errors.isEmpty();
        }

        public static WriteResult ok(String id, boolean created) {
            return new WriteResult(id, created, List.of());
        }

        public static WriteResult failed(ApiError error) {
            return new WriteResult(null, false, List.of(error));
        }
    }

    /** One Salesforce error: {@code statusCode} (e.g. {@code STRING_TOO_LONG}), message and fields. */
    record ApiError(String statusCode, String message, List<String> fields) {}
}
