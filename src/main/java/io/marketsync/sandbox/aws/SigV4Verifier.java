package io.marketsync.sandbox.aws;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Checks SigV4 the way AWS does: the received request is signed again with the simulator's secret by the
 * AWS SDK's own signer, over the headers the client listed, at the client's {@code X-Amz-Date}, and the two
 * signatures are compared. Errors name the same exceptions and messages as AWS.
 */
final class SigV4Verifier {

    static final String SIGNING_NAME = "aws-marketplace";

    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Duration MAX_SKEW = Duration.ofMinutes(15);

    private final AwsSimulatorCredentials credentials;
    private final String region;
    private final Clock clock;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    SigV4Verifier(AwsSimulatorCredentials credentials, String region, Clock clock) {
        this.credentials = credentials;
        this.region = region;
        this.clock = clock;
    }

    void verify(SignedRequest request) {
        String header = request.header("Authorization");
        if (header == null || header.isBlank()) {
            throw new AwsApiException("MissingAuthenticationTokenException", 403, "Missing Authentication Token");
        }
        SigV4Authorization auth = SigV4Authorization.parse(header);
        if (!credentials.accessKeyId().equals(auth.accessKeyId())) {
            throw new AwsApiException(
                    "UnrecognizedClientException", 403, "The security token included in the request is invalid.");
        }
        Instant signedAt = signedAt(request);
        String amzDate = AMZ_DATE.format(signedAt);
        if (!amzDate.startsWith(auth.date())) {
            throw invalid("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '"
                    + auth.date() + "' != '" + amzDate.substring(0, 8) + "', from '" + amzDate + "'.");
        }
        if (!region.equals(auth.region())) {
            throw invalid("Credential should be scoped to a valid region. ");
        }
        if (!SIGNING_NAME.equals(auth.service())) {
            throw invalid("Credential should be scoped to correct service: '" + SIGNING_NAME + "'. ");
        }
        Instant now = clock.instant();
        if (signedAt.isBefore(now.minus(MAX_SKEW))) {
            throw invalid("Signature expired: " + amzDate + " is now earlier than "
                    + AMZ_DATE.format(now.minus(MAX_SKEW)) + " (" + AMZ_DATE.format(now) + " - 15 min.)");
        }
        if (signedAt.isAfter(now.plus(MAX_SKEW))) {
            throw invalid("Signature not yet current: " + amzDate + " is still later than "
                    + AMZ_DATE.format(now.plus(MAX_SKEW)) + " (" + AMZ_DATE.format(now) + " + 15 min.)");
        }
        if (!MessageDigest.isEqual(
                expectedSignature(request, auth, signedAt).getBytes(StandardCharsets.US_ASCII),
                auth.signature().getBytes(StandardCharsets.US_ASCII))) {
            throw invalid("The request signature we calculated does not match the signature you provided. "
                    + "Check your AWS Secret Access Key and signing method. "
                    + "Consult the service documentation for details.");
        }
    }

    private static AwsApiException invalid(String message) {
        return new AwsApiException("InvalidSignatureException", 403, message);
    }

    private static Instant signedAt(SignedRequest request) {
        String amzDate = request.header("X-Amz-Date");
        if (amzDate == null) {
            throw new AwsApiException(
                    "IncompleteSignatureException",
                    403,
                    "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }
        try {
            return AMZ_DATE.parse(amzDate, Instant::from);
        } catch (DateTimeParseException e) {
            throw new AwsApiException("IncompleteSignatureException", 403, "Invalid X-Amz-Date: " + amzDate);
        }
    }

    private String expectedSignature(SignedRequest request, SigV4Authorization auth, Instant signedAt) {
        SdkHttpRequest resigned = signer.sign(r -> r.identity(identity(request))
                        .request(unsignedCopy(request, auth))
                        .payload(() -> new ByteArrayInputStream(request.body()))
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, SIGNING_NAME)
                        .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)))
                .request();
        String authorization = resigned.firstMatchingHeader("Authorization").orElse("");
        return authorization.substring(authorization.indexOf("Signature=") + "Signature=".length());
    }

    /** Temporary credentials sign the session token too; the simulator accepts any token for its key. */
    private AwsCredentialsIdentity identity(SignedRequest request) {
        String sessionToken = request.header("X-Amz-Security-Token");
        return sessionToken == null
                ? AwsCredentialsIdentity.create(credentials.accessKeyId(), credentials.secretAccessKey())
                : AwsSessionCredentialsIdentity.create(
                        credentials.accessKeyId(), credentials.secretAccessKey(), sessionToken);
    }

    /** The request as the client had it before signing: only the headers it signed, minus what signing adds. */
    private static SdkHttpFullRequest unsignedCopy(SignedRequest request, SigV4Authorization auth) {
        String host = request.header("Host");
        int colon = host == null ? -1 : host.lastIndexOf(':');
        SdkHttpFullRequest.Builder copy = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.fromValue(request.method()))
                .protocol("http")
                .host(host == null ? "127.0.0.1" : colon < 0 ? host : host.substring(0, colon))
                .port(colon < 0 ? 80 : Integer.parseInt(host.substring(colon + 1)))
                .encodedPath(request.rawPath());
        if (request.rawQuery() != null && !request.rawQuery().isEmpty()) {
            for (String pair : request.rawQuery().split("&")) {
                int eq = pair.indexOf('=');
                copy.appendRawQueryParameter(
                        decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        for (String name : auth.signedHeaders()) {
            if (!name.equals("authorization") && !name.equals("x-amz-security-token")) {
                copy.putHeader(name, request.headerValues(name));
            }
        }
        return copy.build();
    }

    private static String decode(String encoded) {
        return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
