package io.marketsync.sandbox.salesforce;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds the token endpoint's success body, with the fields and signature Salesforce sends. */
final class TokenResponses {

    private final URI instanceUrl;
    private final String orgId;
    private final Clock clock;

    TokenResponses(URI instanceUrl, String orgId, Clock clock) {
        this.instanceUrl = instanceUrl;
        this.orgId = orgId;
        this.clock = clock;
    }

    /** The identity URL of a user: {@code <base>/id/<org id>/<user id>}. */
    String identityUrl(String userId) {
        return instanceUrl + "/id/" + orgId + "/" + userId;
    }

    Map<String, Object> body(String accessToken, String refreshToken, Sessions.Grant grant, String clientSecret) {
        String id = identityUrl(grant.userId());
        String issuedAt = Long.toString(clock.millis());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", accessToken);
        if (refreshToken != null) {
            body.put("refresh_token", refreshToken);
        }
        body.put("signature", signature(id, issuedAt, clientSecret));
        body.put("scope", grant.scope());
        body.put("instance_url", instanceUrl.toString());
        body.put("id", id);
        body.put("token_type", "Bearer");
        body.put("issued_at", issuedAt);
        return body;
    }

    /** Base64 HMAC-SHA256 of id + issued_at keyed with the consumer secret, as Salesforce documents. */
    static String signature(String id, String issuedAt, String clientSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal((id + issuedAt).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
