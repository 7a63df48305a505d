package io.marketsync.sandbox.salesforce;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.marketsync.sandbox.SimHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /services/oauth2/}: the token endpoint for the password, refresh token, client
 * credentials, JWT bearer and authorization code (with PKCE) grants, the authorize page and
 * token revocation.
 */
final class OAuthApi implements HttpHandler {

    static final String PATH = "/services/oauth2/";
    private static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private static final String DEFAULT_SCOPE = "api refresh_token";

    private final ConnectedApp app;
    private final OrgUsers users;
    private final Sessions sessions;
    private final TokenResponses responses;
    private final Set<String> audiences;
    private final SimulatorCounters counters;
    private final Clock clock;

    OAuthApi(
            ConnectedApp app,
            OrgUsers users,
            Sessions sessions,
            TokenResponses responses,
            Set<String> audiences,
            SimulatorCounters counters,
            Clock clock) {
        this.app = app;
        this.users = users;
        this.sessions = sessions;
        this.responses = responses;
        this.audiences = audiences;
        this.counters = counters;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        switch (path.substring(PATH.length())) {
            case "token" -> {
                if (!"POST".equals(method)) {
                    SimHttp.sendText(exchange, 405, "text/plain", "Method Not Allowed");
                    return;
                }
                token(exchange);
            }
            case "authorize" -> new AuthorizePage(app, users, sessions).handle(exchange);
            case "revoke" -> revoke(exchange);
            default -> SimHttp.sendText(exchange, 404, "text/plain", "Not Found");
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = SimHttp.params(SimHttp.bodyText(exchange));
        try {
            TokenGrant granted = grant(form);
            String accessToken = sessions.issueAccessToken(granted.grant());
            String refreshToken = granted.withRefreshToken() ? sessions.issueRefreshToken(granted.grant()) : null;
            counters.increment(SimulatorCounters.TOKENS_ISSUED);
            SimHttp.sendJson(
                    exchange, 200, responses.body(accessToken, refreshToken, granted.grant(), app.clientSecret()));
        } catch (OAuthError e) {
            SimHttp.sendJson(exchange, 400, Map.of("error", e.error(), "error_description", e.getMessage()));
        }
    }

    private record TokenGrant(Sessions.Grant grant, boolean withRefreshToken) {}

    private TokenGrant grant(Map<String, String> form) {
        String grantType = form.getOrDefault("grant_type", "");
        if (!app.clientId().equals(form.get("client_id")) && !JWT_BEARER.equals(grantType)) {
            throw OAuthError.invalidClientId();
        }
        return switch (grantType) {
            case "password" -> {
                checkSecret(form);
                OrgUser user = users.authenticate(form.get("username"), form.get("password"))
                        .orElseThrow(OAuthError::authenticationFailure);
                yield new TokenGrant(grantFor(user.id(), DEFAULT_SCOPE), true);
            }
            case "client_credentials" -> {
                checkSecret(form);
                yield new TokenGrant(grantFor(app.runAsUser().id(), "api"), false);
            }
            case "refresh_token" -> {
                // The secret is optional for refresh (public clients), but must be right when sent.
                if (form.containsKey("client_secret")) {
                    checkSecret(form);
                }
                Sessions.Grant grant = sessions.refreshGrant(form.get("refresh_token"))
                        .filter(g -> g.clientId().equals(app.clientId()))
                        .orElseThrow(() -> new OAuthError("invalid_grant", "expired access/refresh token"));
                yield new TokenGrant(grant, false);
            }
            case JWT_BEARER -> {
                String username = JwtBearerAssertion.verify(form.get("assertion"), app, audiences, clock.instant());
                OrgUser user = users.byUsername(username)
                        .orElseThrow(() -> new OAuthError("invalid_grant", "user hasn't approved this consumer"));
                yield new TokenGrant(grantFor(user.id(), "api"), false);
            }
            case "authorization_code" -> new TokenGrant(redeem(form), true);
            default -> throw new OAuthError("unsupported_grant_type", "grant type not supported");
        };
    }

    private Sessions.Grant redeem(Map<String, String> form) {
        Sessions.AuthorizationCode code = sessions.redeemCode(form.get("code"))
                .orElseThrow(() -> new OAuthError("invalid_grant", "invalid authorization code"));
        if (!code.redirectUri().equals(form.get("redirect_uri"))) {
            throw new OAuthError("redirect_uri_mismatch", "redirect_uri must match configuration");
        }
        if (code.codeChallenge() != null) {
            String verifier = form.get("code_verifier");
            if (verifier == null || !code.codeChallenge().equals(s256(verifier))) {
                throw new OAuthError("invalid_grant", "invalid code verifier");
            }
        }
        // With PKCE a public client may omit the secret; without it the secret proves the client.
        if (code.codeChallenge() == null || form.containsKey("client_secret")) {
            checkSecret(form);
        }
        return code.grant();
    }

    private void checkSecret(Map<String, String> form) {
        String secret = form.get("client_secret");
        if (secret == null
                || !MessageDigest.isEqual(
                        secret.getBytes(StandardCharsets.UTF_8),
                        app.clientSecret().getBytes(StandardCharsets.UTF_8))) {
            throw OAuthError.invalidClientCredentials();
        }
    }

    private Sessions.Grant grantFor(String userId, String scope) {
        return new Sessions.Grant(userId, app.clientId(), scope);
    }

    private void revoke(HttpExchange exchange) throws IOException {
        Map<String, String> params = "POST".equals(exchange.getRequestMethod())
                ? SimHttp.params(SimHttp.bodyText(exchange))
                : SimHttp.query(exchange);
        String token = params.get("token");
        if (token == null || token.isEmpty()) {
            SimHttp.sendJson(
                    exchange,
                    400,
                    Map.of("error", "unsupported_token_type", "error_description", "this token type is not supported"));
        } else if (sessions.revoke(token)) {
            SimHttp.send(exchange, 200, null, new byte[0]);
        } else {
            SimHttp.sendJson(exchange, 400, Map.of("error", "invalid_token", "error_description", "invalid token"));
        }
    }

    /** The PKCE S256 transform: base64url(SHA-256(verifier)) without padding. */
    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static Optional<String> bearer(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null) {
            return Optional.empty();
        }
        int space = header.indexOf(' ');
        String scheme = space < 0 ? "" : header.substring(0, space);
        return "Bearer".equalsIgnoreCase(scheme) || "OAuth".equalsIgnoreCase(scheme)
                ? Optional.of(header.substring(space + 1).trim())
                : Optional.empty();
    }
}
