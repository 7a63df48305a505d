package io.marketsync.sandbox.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketsync.sandbox.SimHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * Checks a JWT bearer assertion the way Salesforce does: RS256 signature by the app's certificate,
 * {@code iss} = consumer key, {@code aud} = the login URL, unexpired {@code exp}; {@code sub} names
 * the user. {@code exp} may be a number or, as camel-salesforce sends it, a quoted number.
 */
final class JwtBearerAssertion {

    private JwtBearerAssertion() {}

    /** The username the verified assertion's {@code sub} claims. */
    static String verify(String assertion, ConnectedApp app, Set<String> audiences, Instant now) {
        String[] parts = assertion == null ? new String[0] : assertion.split("\\.");
        if (parts.length != 3) {
            throw invalidAssertion();
        }
        JsonNode header = decode(parts[0]);
        JsonNode claims = decode(parts[1]);
        if (!"RS256".equals(header.path("alg").asText())) {
            throw new OAuthError("invalid_grant", "invalid assertion: algorithm not supported");
        }
        if (!app.clientId().equals(claims.path("iss").asText())) {
            throw OAuthError.invalidClientId();
        }
        PublicKey key = app.jwtKey().orElseThrow(() -> new OAuthError("invalid_grant", "invalid assertion"));
        if (!signatureMatches(parts, key)) {
            throw invalidAssertion();
        }
        if (!audiences.contains(stripSlash(claims.path("aud").asText()))) {
            throw new OAuthError("invalid_grant", "audience is invalid");
        }
        long exp = claims.path("exp").asLong(0);
        if (exp == 0 || !now.isBefore(Instant.ofEpochSecond(exp))) {
            throw invalidAssertion();
        }
        String subject = claims.path("sub").asText("");
        if (subject.isEmpty()) {
            throw invalidAssertion();
        }
        return subject;
    }

    private static boolean signatureMatches(String[] parts, PublicKey key) {
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static JsonNode decode(String part) {
        try {
            return SimHttp.JSON.readTree(Base64.getUrlDecoder().decode(part));
        } catch (IOException | IllegalArgumentException e) {
            throw invalidAssertion();
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static OAuthError invalidAssertion() {
        return new OAuthError("invalid_grant", "invalid assertion");
    }
}
