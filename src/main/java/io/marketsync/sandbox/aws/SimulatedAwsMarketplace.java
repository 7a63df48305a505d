package io.marketsync.sandbox.aws;

import io.marketsync.sandbox.LoopbackHttpServer;
import io.marketsync.sandbox.Simulator;
import io.marketsync.sandbox.SimulatorOptions;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The AWS Marketplace Catalog and Agreement APIs on one loopback port, over their real protocols and SigV4,
 * seeded from {@code DIR/aws} of {@code simulate --data} or with {@link SampleMarketplaceData}.
 */
public final class SimulatedAwsMarketplace implements Simulator {

    public static final String REGION = "us-east-1";

    private final LoopbackHttpServer server;
    private final AwsMarketplaceState state;
    private final AwsSimulatorCredentials credentials;
    private final AwsFaults faults;
    private final RequestThrottle throttle;

    private SimulatedAwsMarketplace(
            LoopbackHttpServer server,
            AwsMarketplaceState state,
            AwsSimulatorCredentials credentials,
            AwsFaults faults,
            RequestThrottle throttle) {
        this.server = server;
        this.state = state;
        this.credentials = credentials;
        this.faults = faults;
        this.throttle = throttle;
    }

    public static SimulatedAwsMarketplace start(SimulatorOptions options) throws IOException {
        Clock clock = Clock.systemUTC();
        AwsMarketplaceState state = new AwsMarketplaceState(clock);
        if (options.dataDir("aws").isPresent()) {
            AwsSeedDirectory.load(options.dataDir("aws").get(), state);
        } else {
            SampleMarketplaceData.populate(state);
        }
        AwsSimulatorCredentials credentials = AwsSimulatorCredentials.generate();
        AwsFaults faults = new AwsFaults();
        RequestThrottle throttle = new RequestThrottle();
        SigV4Verifier verifier = new SigV4Verifier(credentials, REGION, clock);
        LoopbackHttpServer server = new LoopbackHttpServer("aws", options.port())
                .handle("/", new AwsMarketplaceRouter(state, verifier, throttle, faults))
                .start();
        return new SimulatedAwsMarketplace(server, state, credentials, faults, throttle);
    }

    @Override
    public String name() {
        return AwsSimulatorFactory.NAME;
    }

    @Override
    public URI baseUri() {
        return server.baseUri();
    }

    @Override
    public Map<String, String> clientProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("marketsync.aws.region", REGION);
        properties.put("marketsync.aws.catalog.endpoint", baseUri().toString());
        properties.put("marketsync.aws.agreement.endpoint", baseUri().toString());
        properties.put("marketsync.aws.access-key-id", credentials.accessKeyId());
        properties.put("marketsync.aws.secret-access-key", credentials.secretAccessKey());
        return properties;
    }

    @Override
    public String describe() {
        return "aws: Marketplace Catalog and Agreement APIs on " + baseUri() + " (" + state.entityCounts()
                + " entities, " + state.agreements().size() + " agreements)";
    }

    /** The key pair requests must be signed with. */
    public AwsSimulatorCredentials credentials() {
        return credentials;
    }

    public AwsMarketplaceState state() {
        return state;
    }

    public AwsFaults faults() {
        return faults;
    }

    /** Answers {@code ThrottlingException} (429) above this many requests a second; {@code 0} turns it off. */
    public void throttle(double requestsPerSecond) {
        throttle.limit(requestsPerSecond);
    }

    @Override
    public void close() {
        server.close();
    }
}
