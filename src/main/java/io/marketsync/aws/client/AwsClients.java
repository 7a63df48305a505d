package io.marketsync.aws.client;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The AWS Marketplace API clients of one configuration, sharing one signed-JSON client and one
 * credentials provider. Built from {@code marketsync.aws.*} properties:
 *
 * <ul>
 *   <li>{@code region}: signing region, default {@code us-east-1}
 *   <li>{@code catalog.endpoint}, {@code agreement.endpoint}: endpoint overrides (simulator, VPC endpoint)
 *   <li>{@code access-key-id} + {@code secret-access-key}: static credentials; when absent the SDK's default
 *       chain (environment, profile, container, instance role...)
 *   <li>{@code role-arn}, {@code role-session-name}: a role to assume on top of those credentials
 *   <li>{@code retry.max-attempts} (5), {@code retry.base-delay-ms} (200), {@code retry.max-delay-ms} (20000)
 * </ul>
 */
public final class AwsClients implements AutoCloseable {

    public static final String PREFIX = "marketsync.aws.";
    public static final String SIGNING_NAME = "aws-marketplace";

    private final AwsJsonClient json;
    private final List<SdkAutoCloseable> resources;
    private final MarketplaceCatalogClient catalog;
    private final MarketplaceAgreementClient agreement;

    private AwsClients(
            AwsCredentialsProvider credentials,
            List<SdkAutoCloseable> resources,
            Function<String, Optional<String>> properties) {
        String region = properties.apply("region").orElse("us-east-1");
        RetryPolicy retry = new RetryPolicy(
                properties.apply("retry.max-attempts").map(Integer::parseInt).orElse(RetryPolicy.DEFAULT.maxAttempts()),
                properties
                        .apply("retry.base-delay-ms")
                        .map(Long::parseLong)
                        .map(Duration::ofMillis)
                        .orElse(RetryPolicy.DEFAULT.baseDelay()),
                properties
                        .apply("retry.max-delay-ms")
                        .map(Long::parseLong)
                        .map(Duration::ofMillis)
                        .orElse(RetryPolicy.DEFAULT.maxDelay()));
        this.resources = resources;
        this.json = new AwsJsonClient(credentials, region, retry);
        URI catalogEndpoint = properties
                .apply("catalog.endpoint")
                .map(URI::create)
                .orElse(URI.create("https://catalog.marketplace." + region + ".amazonaws.com"));
        URI agreementEndpoint = properties
                .apply("agreement.endpoint")
                .map(URI::create)
                .orElse(URI.create("https://agreement-marketplace." + region + ".amazonaws.com"));
        this.catalog = new MarketplaceCatalogClient(
                json, AwsService.restJson("marketplace-catalog", SIGNING_NAME, catalogEndpoint));
        this.agreement = new MarketplaceAgreementClient(
                json,
                AwsService.awsJson(
                        "marketplace-agreement",
                        SIGNING_NAME,
                        agreementEndpoint,
                        MarketplaceAgreementClient.TARGET_PREFIX));
    }

    /** From a map holding {@code marketsync.aws.*} keys (other keys are ignored). */
    public static AwsClients fromProperties(Map<String, String> properties) {
        return fromProperties(key -> Optional.ofNullable(properties.get(key)));
    }

    /**
     * From a property lookup by full key, e.g. Camel's {@code PropertiesComponent::resolveProperty}.
     * Blank values count as absent.
     */
    public static AwsClients fromProperties(Function<String, Optional<String>> lookup) {
        Function<String, Optional<String>> properties =
                key -> lookup.apply(PREFIX + key).map(String::trim).filter(v -> !v.isEmpty());
        List<SdkAutoCloseable> resources = new ArrayList<>();
        AwsCredentialsProvider credentials = credentials(properties, resources);
        return new AwsClients(credentials, resources, properties);
    }

    public AwsJsonClient json() {
        return json;
    }

    public MarketplaceCatalogClient catalog() {
        return catalog;
    }

    public MarketplaceAgreementClient agreement() {
        return agreement;
    }

    /** Releases the credentials provider and, with a role to assume, its STS client. */
    @Override
    public void close() {
        resources.forEach(SdkAutoCloseable::close);
    }

    /** The credentials to sign with; what needs closing later is added to {@code resources}. */
    private static AwsCredentialsProvider credentials(
            Function<String, Optional<String>> properties, List<SdkAutoCloseable> resources) {
        Optional<String> keyId = properties.apply("access-key-id");
        Optional<String> secret = properties.apply("secret-access-key");
        AwsCredentialsProvider base = keyId.isPresent() && secret.isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(keyId.get(), secret.get()))
                : DefaultCredentialsProvider.builder().build();
        if (base instanceof SdkAutoCloseable closeable) {
            resources.add(closeable);
        }
        Optional<String> roleArn = properties.apply("role-arn");
        if (roleArn.isEmpty()) {
            return base;
        }
        StsClient sts = StsClient.builder()
                .region(Region.of(properties.apply("region").orElse("us-east-1")))
                .credentialsProvider(base)
                .build();
        String sessionName = properties.apply("role-session-name").orElse("marketsync");
        StsAssumeRoleCredentialsProvider assumed = StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts)
                .refreshRequest(r -> r.roleArn(roleArn.get()).roleSessionName(sessionName))
                .build();
        resources.add(assumed);
        resources.add(sts);
        return assumed;
    }
}
