package io.marketsync.aws.client;

import java.net.URI;

/**
 * One AWS JSON API as {@link AwsJsonClient} calls it.
 *
 * @param name short name used in errors and logs, e.g. "marketplace-catalog"
 * @param signingName the SigV4 service name, e.g. "aws-marketplace"
 * @param endpoint base URI; a path in it (a simulator's prefix) is kept in front of every request path
 * @param targetPrefix the {@code X-Amz-Target} prefix of an awsJson API; null for restJson1 APIs
 */
public record AwsService(String name, String signingName, URI endpoint, String targetPrefix) {

    public static AwsService restJson(String name, String signingName, URI endpoint) {
        return new AwsService(name, signingName, endpoint, null);
    }

    public static AwsService awsJson(String name, String signingName, URI endpoint, String targetPrefix) {
        return new AwsService(name, signingName, endpoint, targetPrefix);
    }
}
