package io.marketsync.sandbox.salesforce;

/** A refused OAuth request: HTTP 400 with {@code {"error","error_description"}}, as Salesforce answers. */
final class OAuthError extends RuntimeException {

    private final String error;

    OAuthError(String error, String description) {
        super(description);
        this.error = error;
    }

    String error() {
        return error;
    }

    static OAuthError authenticationFailure() {
        return new OAuthError("invalid_grant", "authentication failure");
    }

    static OAuthError invalidClientId() {
        return new OAuthError("invalid_client_id", "client identifier invalid");
    }

    static OAuthError invalidClientCredentials() {
        return new OAuthError("invalid_client", "invalid client credentials");
    }
}
