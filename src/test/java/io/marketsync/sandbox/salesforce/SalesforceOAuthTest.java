package io.marketsync.sandbox.salesforce;

import static io.marketsync.sandbox.salesforce.SimulatedOrgFixture.CLIENT_ID;
import static io.marketsync.sandbox.salesforce.SimulatedOrgFixture.CLIENT_SECRET;
import static io.marketsync.sandbox.salesforce.SimulatedOrgFixture.PASSWORD;
import static io.marketsync.sandbox.salesforce.SimulatedOrgFixture.USERNAME;
import static io.marketsync.sandbox.salesforce.SimulatedOrgFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every OAuth flow the simulated org offers, its token responses and its refusals. */
class SalesforceOAuthTest {

    private static final String CALLBACK = "http://127.0.0.1:1/callback";

    private final SelfSignedCertificate certificate = newCertificate();
    private final SimulatedOrgFixture org = new SimulatedOrgFixture(SimulatedSalesforce.builder()
            .jwtCertificate(certificate.certificate)
            .tokenTimeToLive(Duration.ofMinutes(30)));

    @AfterEach
    void stop() {
        org.close();
    }

    private static SelfSignedCertificate newCertificate() {
        try {
            return new SelfSignedCertificate("marketsync-test");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> token(Map<String, String> form) {
        return org.postForm("/services/oauth2/token", form);
    }

    @Test
    void clientCredentialsTokenCarriesIdentityAndSignature() throws Exception {
        HttpResponse<String> response = token(Map.of(
                "grant_type",
                "client_credentials",
                "client_id",
                CLIENT_ID,
                "client_secret",
                CLIENT_SECRET,
                "format",
                "json"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode token = json(response);
        String id = token.path("id").asText();
        assertThat(id)
                .isEqualTo(org.base() + "/id/" + org.sf.orgId() + "/"
                        + org.sf.integrationUser().id());
        assertThat(id.substring(id.indexOf("id/") + 3, id.indexOf("id/") + 21)).isEqualTo(org.sf.orgId());
        assertThat(token.path("instance_url").asText()).isEqualTo(org.base());
        assertThat(token.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.path("access_token").asText())
                .startsWith(org.sf.orgId().substring(0, 15) + "!");
        assertThat(token.has("refresh_token")).isFalse();
        String issuedAt = token.path("issued_at").asText();
        assertThat(issuedAt).isEqualTo(Long.toString(org.clock.millis()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(CLIENT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected =
                Base64.getEncoder().encodeToString(mac.doFinal((id + issuedAt).getBytes(StandardCharsets.UTF_8)));
        assertThat(token.path("signature").asText()).isEqualTo(expected);
    }

    @Test
    void wrongSecretOrClientIdIsRefused() {
        JsonNode badSecret = json(
                token(Map.of("grant_type", "client_credentials", "client_id", CLIENT_ID, "client_secret", "nope")));
        assertThat(badSecret.path("error").asText()).isEqualTo("invalid_client");
        HttpResponse<String> badClient =
                token(Map.of("grant_type", "client_credentials", "client_id", "other", "client_secret", CLIENT_SECRET));
        assertThat(badClient.statusCode()).isEqualTo(400);
        assertThat(json(badClient).path("error").asText()).isEqualTo("invalid_client_id");
        assertThat(json(token(Map.of("grant_type", "magic", "client_id", CLIENT_ID)))
                        .path("error")
                        .asText())
                .isEqualTo("unsupported_grant_type");
    }

    @Test
    void passwordGrantGivesARefreshTokenThatWorks() {
        HttpResponse<String> bad = token(Map.of(
                "grant_type",
                "password",
                "client_id",
                CLIENT_ID,
                "client_secret",
                CLIENT_SECRET,
                "username",
                USERNAME,
                "password",
                "wrong"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).path("error").asText()).isEqualTo("invalid_grant");
        assertThat(json(bad).path("error_description").asText()).isEqualTo("authentication failure");

        JsonNode granted = json(token(Map.of(
                "grant_type",
                "password",
                "client_id",
                CLIENT_ID,
                "client_secret",
                CLIENT_SECRET,
                "username",
                USERNAME,
                "password",
                PASSWORD)));
        String refreshToken = granted.path("refresh_token").asText();
        assertThat(refreshToken).isNotEmpty();

        HttpResponse<String> refreshed =
                token(Map.of("grant_type", "refresh_token", "client_id", CLIENT_ID, "refresh_token", refreshToken));
        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(json(refreshed).path("access_token").asText())
                .isNotEqualTo(granted.path("access_token").asText());
        assertThat(json(token(Map.of("grant_type", "refresh_token", "client_id", CLIENT_ID, "refresh_token", "bogus")))
                        .path("error")
                        .asText())
                .isEqualTo("invalid_grant");
    }

    @Test
    void jwtBearerAssertionSignedWithTheCertificateKey() throws Exception {
        long exp = org.clock.instant().getEpochSecond() + 270;
        String assertion = jwt(certificate.keys.getPrivate(), CLIENT_ID, USERNAME, org.base(), "\"" + exp + "\"");
        HttpResponse<String> response = token(Map.of(
                "grant_type",
                "urn:ietf:params:oauth:grant-type:jwt-bearer",
                "client_id",
                CLIENT_ID,
                "assertion",
                assertion));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("id").asText())
                .endsWith(org.sf.integrationUser().id());

        SelfSignedCertificate stranger = new SelfSignedCertificate("someone-else");
        String forged = jwt(stranger.keys.getPrivate(), CLIENT_ID, USERNAME, org.base(), Long.toString(exp));
        assertThat(json(jwtToken(forged)).path("error_description").asText()).isEqualTo("invalid assertion");

        String wrongAudience = jwt(
                certificate.keys.getPrivate(), CLIENT_ID, USERNAME, "https://elsewhere.example", Long.toString(exp));
        assertThat(json(jwtToken(wrongAudience)).path("error_description").asText())
                .isEqualTo("audience is invalid");

        String expired = jwt(certificate.keys.getPrivate(), CLIENT_ID, USERNAME, org.base(), Long.toString(exp - 600));
        assertThat(json(jwtToken(expired)).path("error").asText()).isEqualTo("invalid_grant");

        String wrongIssuer = jwt(certificate.keys.getPrivate(), "other-app", USERNAME, org.base(), Long.toString(exp));
        assertThat(json(jwtToken(wrongIssuer)).path("error").asText()).isEqualTo("invalid_client_id");
    }

    private HttpResponse<String> jwtToken(String assertion) {
        return token(Map.of(
                "grant_type",
                "urn:ietf:params:oauth:grant-type:jwt-bearer",
                "client_id",
                CLIENT_ID,
                "assertion",
                assertion));
    }

    private static String jwt(PrivateKey key, String iss, String sub, String aud, String expJson) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(
                ("{\"iss\":\"" + iss + "\",\"sub\":\"" + sub + "\",\"aud\":\"" + aud + "\",\"exp\":" + expJson + "}")
                        .getBytes(StandardCharsets.UTF_8));
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + b64.encodeToString(signer.sign());
    }

    @Test
    void authorizationCodeWithPkce() {
        String verifier = "dBjftJeZ4CQP-0123456789-mXG7rtGcxZ8ROUXmGZ3bcaXu";
        String challenge = OAuthApi.s256(verifier);
        String query = "response_type=code&client_id=" + CLIENT_ID + "&redirect_uri=" + CALLBACK
                + "&state=xyz&scope=api%20refresh_token&code_challenge=" + challenge + "&code_challenge_method=S256";
        HttpResponse<String> page =
                org.send(HttpRequest.newBuilder(URI.create(org.base() + "/services/oauth2/authorize?" + query)));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form", "name=\"code_challenge\"", "name=password");

        HttpResponse<String> wrongPassword = org.postForm(
                "/services/oauth2/authorize",
                Map.of(
                        "response_type",
                        "code",
                        "client_id",
                        CLIENT_ID,
                        "redirect_uri",
                        CALLBACK,
                        "username",
                        USERNAME,
                        "password",
                        "no",
                        "consent",
                        "allow"));
        assertThat(wrongPassword.statusCode()).isEqualTo(200);
        assertThat(wrongPassword.body()).contains("check your username and password");

        HttpResponse<String> login = org.postForm(
                "/services/oauth2/authorize",
                Map.of(
                        "response_type",
                        "code",
                        "client_id",
                        CLIENT_ID,
                        "redirect_uri",
                        CALLBACK,
                        "state",
                        "xyz",
                        "code_challenge",
                        challenge,
                        "code_challenge_method",
                        "S256",
                        "username",
                        USERNAME,
                        "password",
                        PASSWORD,
                        "consent",
                        "allow"));
        assertThat(login.statusCode()).isEqualTo(302);
        String location = login.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(CALLBACK + "?code=").endsWith("&state=xyz");
        String code = URLDecoder.decode(
                location.substring(location.indexOf("code=") + 5, location.indexOf("&state")), StandardCharsets.UTF_8);

        HttpResponse<String> badVerifier = token(Map.of(
                "grant_type",
                "authorization_code",
                "client_id",
                CLIENT_ID,
                "redirect_uri",
                CALLBACK,
                "code",
                code,
                "code_verifier",
                "wrong"));
        assertThat(json(badVerifier).path("error").asText()).isEqualTo("invalid_grant");

        // A code is single use: the failed attempt above consumed it, so log in again.
        HttpResponse<String> again = org.postForm(
                "/services/oauth2/authorize",
                Map.of(
                        "response_type",
                        "code",
                        "client_id",
                        CLIENT_ID,
                        "redirect_uri",
                        CALLBACK,
                        "code_challenge",
                        challenge,
                        "code_challenge_method",
                        "S256",
                        "username",
                        USERNAME,
                        "password",
                        PASSWORD,
                        "consent",
                        "allow"));
        String secondLocation = again.headers().firstValue("Location").orElseThrow();
        String secondCode = URLDecoder.decode(
                secondLocation.substring(secondLocation.indexOf("code=") + 5), StandardCharsets.UTF_8);
        HttpResponse<String> tokens = token(Map.of(
                "grant_type",
                "authorization_code",
                "client_id",
                CLIENT_ID,
                "redirect_uri",
                CALLBACK,
                "code",
                secondCode,
                "code_verifier",
                verifier));
        assertThat(tokens.statusCode()).isEqualTo(200);
        assertThat(json(tokens).path("refresh_token").asText()).isNotEmpty();
        assertThat(json(tokens).path("scope").asText()).isEqualTo("api refresh_token");
    }

    @Test
    void denyingConsentRedirectsWithAccessDenied() {
        HttpResponse<String> denied = org.postForm(
                "/services/oauth2/authorize",
                Map.of(
                        "response_type",
                        "code",
                        "client_id",
                        CLIENT_ID,
                        "redirect_uri",
                        CALLBACK,
                        "state",
                        "s1",
                        "consent",
                        "deny"));
        assertThat(denied.statusCode()).isEqualTo(302);
        assertThat(denied.headers().firstValue("Location").orElseThrow())
                .startsWith(CALLBACK + "?error=access_denied")
                .endsWith("&state=s1");
    }

    @Test
    void revokedAndExpiredTokensGetInvalidSessionId() {
        String token = org.token();
        assertThat(org.get("limits/").statusCode()).isEqualTo(200);

        org.clock.advance(Duration.ofMinutes(31));
        HttpResponse<String> expired = org.get("limits/");
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.body())
                .isEqualTo("[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]");

        JsonNode fresh = json(token(
                Map.of("grant_type", "client_credentials", "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET)));
        String freshToken = fresh.path("access_token").asText();
        assertThat(org.sf.org().userForToken(freshToken))
                .contains(org.sf.integrationUser().id());
        HttpResponse<String> revoke = org.send(
                HttpRequest.newBuilder(URI.create(org.base() + "/services/oauth2/revoke?token=" + freshToken)));
        assertThat(revoke.statusCode()).isEqualTo(200);
        assertThat(org.sf.org().userForToken(freshToken)).isEmpty();
        assertThat(org.sf.org().userForToken(token)).isEmpty();
        assertThat(json(org.postForm("/services/oauth2/revoke", Map.of("token", "unknown")))
                        .path("error")
                        .asText())
                .isEqualTo("invalid_token");
    }
}
