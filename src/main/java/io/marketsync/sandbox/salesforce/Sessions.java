package io.marketsync.sandbox.salesforce;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The org's OAuth state: access tokens (which expire after a fixed time to live), refresh tokens
 * and one-time authorization codes. Tokens are opaque random strings prefixed with the org id,
 * the shape Salesforce's have.
 */
public final class Sessions {

    /** How long an authorization code can be redeemed, as in Salesforce. */
    private static final Duration CODE_TTL = Duration.ofMinutes(15);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String orgId15;
    private final Clock clock;
    private final Duration tokenTtl;
    private final Map<String, AccessToken> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, AuthorizationCode> codes = new ConcurrentHashMap<>();

    public Sessions(String orgId, Clock clock, Duration tokenTtl) {
        this.orgId15 = orgId.substring(0, 15);
        this.clock = clock;
        this.tokenTtl = tokenTtl;
    }

    /** Who was granted a token, through which connected app and with what scope. */
    public record Grant(String userId, String clientId, String scope) {}

    /** A code from the authorize page, bound to its redirect URI and PKCE challenge. */
    public record AuthorizationCode(Grant grant, String redirectUri, String codeChallenge, Instant expiresAt) {}

    private record AccessToken(Grant grant, Instant expiresAt) {}

    public String issueAccessToken(Grant grant) {
        String token = orgId15 + "!" + random(72);
        accessTokens.put(token, new AccessToken(grant, clock.instant().plus(tokenTtl)));
        return token;
    }

    public String issueRefreshToken(Grant grant) {
        String token = "5Aep" + random(64);
        refreshTokens.put(token, grant);
        return token;
    }

    public String issueCode(Grant grant, String redirectUri, String codeChallenge) {
        String code = "aPrx" + random(48);
        codes.put(
                code,
                new AuthorizationCode(
                        grant, redirectUri, codeChallenge, clock.instant().plus(CODE_TTL)));
        return code;
    }

    /** The user id of a valid, unexpired access token. */
    public Optional<String> userForToken(String accessToken) {
        if (accessToken == null) {
            return Optional.empty();
        }
        AccessToken token = accessTokens.get(accessToken);
        if (token == null || !clock.instant().isBefore(token.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(token.grant().userId());
    }

    public Optional<Grant> refreshGrant(String refreshToken) {
        return Optional.ofNullable(refreshToken).map(refreshTokens::get);
    }

    /** Redeems a code once; an expired or already used code gives nothing. */
    public Optional<AuthorizationCode> redeemCode(String code) {
        AuthorizationCode redeemed = code == null ? null : codes.remove(code);
        if (redeemed == null || !clock.instant().isBefore(redeemed.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(redeemed);
    }

    /**
     * Revokes an access or refresh token. Revoking a refresh token also ends the access tokens of
     * the same user and app, as Salesforce does.
     */
    public boolean revoke(String token) {
        if (token == null) {
            return false;
        }
        if (accessTokens.remove(token) != null) {
            return true;
        }
        Grant grant = refreshTokens.remove(token);
        if (grant == null) {
            return false;
        }
        accessTokens
                .values()
                .removeIf(t -> t.grant().userId().equals(grant.userId())
                        && t.grant().clientId().equals(grant.clientId()));
        return true;
    }

    public void expireAll() {
        accessTokens.clear();
    }

    public void reset() {
        accessTokens.clear();
        refreshTokens.clear();
        codes.clear();
    }

    private static String random(int bytes) {
        byte[] buffer = new byte[bytes * 3 / 4];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }
}
