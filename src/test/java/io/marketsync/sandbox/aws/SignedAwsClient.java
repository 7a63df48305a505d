package io.marketsync.sandbox.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** Calls the simulator as a client would: requests signed by the AWS SDK's SigV4 signer, sent with java.net.http. */
final class SignedAwsClient {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Headers java.net.http sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    record Response(int status, Map<String, List<String>> headers, JsonNode body) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(), List.of()).stream()
                    .findFirst()
                    .orElse(null);
        }
    }

    private final URI base;
    private final StaticCredentialsProvider credentials;
    private final HttpClient http = HttpClient.newHttpClient();

    SignedAwsClient(URI base, String accessKeyId, String secretAccessKey) {
        this.base = base;
        this.credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey));
    }

    Response catalogPost(String operation, Object body) throws Exception {
        return send(signed("POST", "/" + operation, Map.of(), "application/json", null, body));
    }

    Response describeEntity(String entityId) throws Exception {
        return send(signed(
                "GET", "/DescribeEntity", Map.of("catalog", "AWSMarketplace", "entityId", entityId), null, null, null));
    }

    Response agreement(String operation, Object body) throws Exception {
        return send(signed(
                "POST",
                "/",
                Map.of(),
                "application/x-amz-json-1.0",
                "AWSMPCommerceService_v20200301." + operation,
                body));
    }

    /** A signed request and its body, which tests may alter before sending. */
    record Signed(SdkHttpRequest request, byte[] body) {}

    /** Signs a request without sending it. */
    Signed signed(String method, String path, Map<String, String> query, String contentType, String target, Object body)
            throws Exception {
        byte[] bytes = body == null ? new byte[0] : JSON.writeValueAsBytes(body);
        SdkHttpFullRequest.Builder request = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.fromValue(method))
                .uri(base)
                .encodedPath(path);
        query.forEach(request::putRawQueryParameter);
        if (contentType != null) {
            request.putHeader("Content-Type", contentType);
        }
        if (target != null) {
            request.putHeader("X-Amz-Target", target);
        }
        AwsCredentialsIdentity identity = credentials.resolveIdentity().join();
        SdkHttpRequest signed = AwsV4HttpSigner.create()
                .sign(r -> r.identity(identity)
                        .request(request.build())
                        .payload(() -> new ByteArrayInputStream(bytes))
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "aws-marketplace"))
                .request();
        return new Signed(signed, bytes);
    }

    Response send(Signed signed) throws Exception {
        SdkHttpRequest request = signed.request();
        byte[] body = signed.body();
        HttpRequest.Builder http = HttpRequest.newBuilder(request.getUri())
                .method(
                        request.method().name(),
                        body.length == 0 && request.method() == SdkHttpMethod.GET
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        request.forEachHeader((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase())) {
                values.forEach(v -> http.header(name, v));
            }
        });
        HttpResponse<String> response =
                this.http.send(http.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode json = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        return new Response(response.statusCode(), response.headers().map(), json);
    }

    /** An unsigned request with the same line and body. */
    Response sendUnsigned(String method, String path, String contentType, String target, Object body) throws Exception {
        byte[] bytes = body == null ? new byte[0] : JSON.writeValueAsBytes(body);
        HttpRequest.Builder http = HttpRequest.newBuilder(base.resolve(path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (contentType != null) {
            http.header("Content-Type", contentType);
        }
        if (target != null) {
            http.header("X-Amz-Target", target);
        }
        HttpResponse<String> response =
                this.http.send(http.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.headers().map(), JSON.readTree(response.body()));
    }
}
