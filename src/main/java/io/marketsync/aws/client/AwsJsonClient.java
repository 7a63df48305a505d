package io.marketsync.aws.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * The one signed-JSON HTTP client of every AWS API MarketSync calls. It signs each request with
 * SigV4, speaks restJson1 (method + path + JSON body) and awsJson1_0 ({@code POST /} with
 * {@code X-Amz-Target}), turns error answers into {@link AwsApiException} and retries throttling,
 * 429 and 5xx answers after a jittered exponential backoff.
 */
public final class AwsJsonClient {

    private static final Logger LOG = LoggerFactory.getLogger(AwsJsonClient.class);

    /** Headers java.net.http sets itself and refuses from callers; Host is still signed and sent the same. */
    private static final Set<String> RESTRICTED_HEADERS =
            Set.of("host", "content-length", "connection", "expect", "upgrade");

    private final HttpClient http;
    private final AwsCredentialsProvider credentials;
    private final String region;
    private final RetryPolicy retryPolicy;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
    private final AtomicLong calls = new AtomicLong();

    public AwsJsonClient(AwsCredentialsProvider credentials, String region, RetryPolicy retryPolicy) {
        this.credentials = credentials;
        this.region = region;
        this.retryPolicy = retryPolicy;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public String region() {
        return region;
    }

    /** HTTP requests sent so far, retries included. */
    public long callCount() {
        return calls.get();
    }

    /**
     * A restJson1 call: {@code method} on {@code path} (below the endpoint's own path) with query
     * parameters and an optional JSON body (null for none).
     */
    public JsonNode restJson(
            AwsService service,
            String operation,
            String method,
            String path,
            Map<String, String> query,
            JsonNode body) {
        StringBuilder uri = new StringBuilder(base(service)).append(path);
        if (!query.isEmpty()) {
            uri.append('?')
                    .append(query.entrySet().stream()
                            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                            .collect(Collectors.joining("&")));
        }
        SdkHttpRequest.Builder request =
                SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(URI.create(uri.toString()));
        if (body != null) {
            request.putHeader("Content-Type", "application/json");
        }
        return send(service, operation, request.build(), body == null ? new byte[0] : bytes(body));
    }

    /** An awsJson1_0 call: {@code POST /} with {@code X-Amz-Target: prefix.operation}. */
    public JsonNode awsJson(AwsService service, String operation, JsonNode body) {
        SdkHttpRequest request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(URI.create(base(service) + "/"))
                .putHeader("Content-Type", "application/x-amz-json-1.0")
                .putHeader("X-Amz-Target", service.targetPrefix() + "." + operation)
                .build();
        return send(service, operation, request, bytes(body));
    }

    private JsonNode send(AwsService service, String operation, SdkHttpRequest request, byte[] payload) {
        for (int attempt = 1; ; attempt++) {
            try {
                return sendOnce(service, operation, request, payload);
            } catch (AwsApiException e) {
                if (!e.isRetryable() || attempt >= retryPolicy.maxAttempts()) {
                    throw e;
                }
                backOff(service, operation, attempt, e.httpStatus() + " " + e.errorType());
            } catch (IOException e) {
                if (attempt >= retryPolicy.maxAttempts()) {
                    throw new UncheckedIOException(service.name() + " " + operation + " could not be reached", e);
                }
                backOff(service, operation, attempt, e.getClass().getSimpleName());
            }
        }
    }

    private JsonNode sendOnce(AwsService service, String operation, SdkHttpRequest request, byte[] payload)
            throws IOException {
        // Signed per attempt: the signature carries the time, so a retry needs a fresh one.
        SignedRequest signed = signer.sign(r -> r.identity(credentials.resolveCredentials())
                .request(request)
                .payload(ContentStreamProvider.fromByteArray(payload))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service.signingName())
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        HttpRequest.Builder out = HttpRequest.newBuilder(signed.request().getUri())
                .timeout(Duration.ofSeconds(60))
                .method(
                        request.method().name(),
                        payload.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(payload));
        signed.request().forEachHeader((name, values) -> {
            if (!RESTRICTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> out.header(name, v));
            }
        });
        calls.incrementAndGet();
        HttpResponse<byte[]> response;
        try {
            response = http.send(out.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while calling " + service.name() + " " + operation, e);
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            throw error(service, operation, response, body);
        }
        return body;
    }

    private static AwsApiException error(
            AwsService service, String operation, HttpResponse<byte[]> response, JsonNode body) {
        String type =
                response.headers().firstValue("x-amzn-ErrorType").orElseGet(() -> text(body, "__type", "code", "Code"));
        String message = text(body, "message", "Message", "errorMessage");
        if (message == null && !body.isObject()) {
            message = new String(response.body(), StandardCharsets.UTF_8);
            message = message.length() > 500 ? message.substring(0, 500) : message;
        }
        return new AwsApiException(service.name(), operation, response.statusCode(), errorType(type), message);
    }

    /** {@code aws.protocols#ValidationException:http://internal...} becomes {@code ValidationException}. */
    static String errorType(String raw) {
        if (raw == null || raw.isBlank()) {
            return "Unknown";
        }
        String type = raw;
        int colon = type.indexOf(':');
        if (colon >= 0) {
            type = type.substring(0, colon);
        }
        int hash = type.lastIndexOf('#');
        return hash >= 0 ? type.substring(hash + 1) : type;
    }

    private void backOff(AwsService service, String operation, int attempt, String reason) {
        Duration delay = retryPolicy.delayBefore(attempt);
        LOG.info(
                "{} {} answered {}; retry {} of {} in {} ms",
                service.name(),
                operation,
                reason,
                attempt,
                retryPolicy.maxAttempts() - 1,
                delay.toMillis());
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while backing off " + service.name() + " " + operation, e);
        }
    }

    private static String base(AwsService service) {
        String base = service.endpoint().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String text(JsonNode body, String... names) {
        for (String name : List.of(names)) {
            JsonNode value = body.get(name);
            if (value != null && value.isTextual()) {
                return value.asText();
            }
        }
        return null;
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return AwsJson.MAPPER.createObjectNode();
        }
        try {
            return AwsJson.MAPPER.readTree(body);
        } catch (IOException e) {
            return NullNode.getInstance();
        }
    }

    private static byte[] bytes(JsonNode body) {
        try {
            return AwsJson.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Request body is not serialisable", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
