package io.marketsync.sandbox.salesforce;

import io.marketsync.salesforce.metadata.OrgSchema;
import io.marketsync.sandbox.LoopbackHttpServer;
import io.marketsync.sandbox.Simulator;
import java.net.URI;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Salesforce org on 127.0.0.1 as camel-salesforce sees one: OAuth ({@code /services/oauth2/}),
 * REST and Bulk API 2.0 ({@code /services/data/}), Streaming API ({@code /cometd/}) and the
 * simulator's own controls ({@code /_sim/}). Start one with {@link #builder()}.
 */
public final class SimulatedSalesforce implements Simulator {

    public static final String NAME = "salesforce";
    public static final String DEFAULT_API_VERSION = "62.0";

    private final LoopbackHttpServer server;
    private final Config config;
    private final String orgId;
    private final OrgUser integrationUser;
    private final ConnectedApp app;
    private final Sessions sessions;
    private final SimulatedOrg org;
    private final ReplayStreamingBus bus;
    private final ApiUsage usage;
    private final SimulatorCounters counters = new SimulatorCounters();
    private final Faults faults;
    private final Bulk2Api bulk2;
    private final int seededRecords;

    private SimulatedSalesforce(Config config) {
        this.config = config;
        SecureRandom random = new SecureRandom();
        SalesforceIds ids = new SalesforceIds(secret(random, 2));
        this.orgId = ids.next("00D");
        this.integrationUser = new OrgUser(
                ids.next("005"),
                config.username,
                Optional.ofNullable(config.password).orElseGet(() -> secret(random, 12)),
                "MarketSync Integration");
        this.server = new LoopbackHttpServer(NAME, config.port);
        this.sessions = new Sessions(orgId, config.clock, config.tokenTtl);
        RowLocks rowLocks = new RowLocks();
        this.faults = new Faults(sessions, rowLocks);
        this.usage = new ApiUsage(config.dailyApiRequests);
        this.bus = config.bus;
        this.app = new ConnectedApp(
                Optional.ofNullable(config.clientId).orElseGet(() -> "3MVG9" + secret(random, 40)),
                Optional.ofNullable(config.clientSecret).orElseGet(() -> secret(random, 32)),
                integrationUser,
                Optional.ofNullable(config.jwtKey));
        this.org = new SimulatedOrg(config.schema, sessions, bus, rowLocks, ids, config.clock);
        this.seededRecords = seed();
        this.bulk2 = new Bulk2Api(org);

        URI base = server.baseUri();
        TokenResponses responses = new TokenResponses(base, orgId, config.clock);
        Set<String> audiences = Set.of(
                base.toString(),
                "http://localhost:" + server.port(),
                "https://login.salesforce.com",
                "https://test.salesforce.com");
        OAuthApi oauth = new OAuthApi(
                app, new OrgUsers(List.of(integrationUser)), sessions, responses, audiences, counters, config.clock);
        RestApi rest = new RestApi(
                org,
                usage,
                counters,
                new QueryResource(new SoqlExecutor(org, config.clock), new QueryCursors(ids), counters));
        rest.mountBulk2(bulk2);
        CometdApi cometd = new CometdApi(org, bus, this::channelExists);
        server.handle(OAuthApi.PATH, new FaultInjection(faults, counters, oauth))
                .handle(RestApi.PATH, new FaultInjection(faults, counters, rest))
                .handle("/cometd/", new FaultInjection(faults, counters, cometd))
                .handle(AdminApi.PATH, new AdminApi(faults, counters, usage))
                .start();
    }

    public static Builder builder() {
        return new Builder();
    }

    private int seed() {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("Id", integrationUser.id());
        user.put("Username", integrationUser.username());
        user.put("FirstName", "MarketSync");
        user.put("LastName", "Integration");
        user.put("Email", integrationUser.username());
        user.put("Alias", "msync");
        user.put("IsActive", true);
        if (org.object("User").isPresent()) {
            org.load("User", user, integrationUser.id());
        }
        if (config.seedDir != null) {
            return SeedData.load(org, config.seedDir, integrationUser.id());
        }
        return config.sampleData ? SeedData.generate(org, integrationUser.id()) : 0;
    }

    /** Whether a Streaming API channel exists in this org: CDC of its objects, its platform events. */
    boolean channelExists(String channel) {
        if (channel.equals(ChangeEvents.ALL_CHANNEL)) {
            return true;
        }
        return org.schema().objects().stream()
                .anyMatch(o -> o.platformEvent()
                        ? channel.equals("/event/" + o.name())
                        : channel.equals(ChangeEvents.channel(o)));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public URI baseUri() {
        return server.baseUri();
    }

    /** The camel-salesforce settings that log in with client credentials, as {@code simulate --config-out} writes them. */
    @Override
    public Map<String, String> clientProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        String prefix = "camel.component.salesforce.";
        properties.put(prefix + "loginUrl", baseUri().toString());
        properties.put(prefix + "clientId", app.clientId());
        properties.put(prefix + "clientSecret", app.clientSecret());
        properties.put(prefix + "authenticationType", "CLIENT_CREDENTIALS");
        properties.put(prefix + "apiVersion", config.apiVersion);
        return properties;
    }

    @Override
    public String describe() {
        long objects =
                org.schema().objects().stream().filter(o -> !o.platformEvent()).count();
        return "Salesforce org " + orgId + " on " + baseUri() + " (API v" + config.apiVersion + "): " + objects
                + " objects, " + seededRecords + " seeded records, client credentials run as "
                + integrationUser.username();
    }

    public SimulatedOrg org() {
        return org;
    }

    public ReplayStreamingBus streamingBus() {
        return bus;
    }

    public Faults faults() {
        return faults;
    }

    public SimulatorCounters counters() {
        return counters;
    }

    public ApiUsage apiUsage() {
        return usage;
    }

    public String orgId() {
        return orgId;
    }

    public OrgUser integrationUser() {
        return integrationUser;
    }

    public String clientId() {
        return app.clientId();
    }

    public String clientSecret() {
        return app.clientSecret();
    }

    public String apiVersion() {
        return config.apiVersion;
    }

    @Override
    public void close() {
        server.close();
        bulk2.close();
    }

    private static String secret(SecureRandom random, int length) {
        StringBuilder secret = new StringBuilder();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        for (int i = 0; i < length; i++) {
            secret.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return secret.toString();
    }

    private static final class Config {
        int port;
        String apiVersion = DEFAULT_API_VERSION;
        String clientId;
        String clientSecret;
        String username = "integration@marketsync.sandbox";
        String password;
        Duration tokenTtl = Duration.ofHours(2);
        long dailyApiRequests = 100_000;
        Clock clock = Clock.systemUTC();
        OrgSchema schema;
        PublicKey jwtKey;
        ReplayStreamingBus bus;
        Path seedDir;
        boolean sampleData;
    }

    /** How to start a simulated org. Defaults: a free port, API v62.0, random client id and secret, 2 h tokens. */
    public static final class Builder {
        private final Config config = new Config();

        public Builder port(int port) {
            config.port = port;
            return this;
        }

        public Builder apiVersion(String version) {
            config.apiVersion = version;
            return this;
        }

        /** The External Client App's consumer key and secret; random when not given. */
        public Builder clientCredentials(String clientId, String clientSecret) {
            config.clientId = clientId;
            config.clientSecret = clientSecret;
            return this;
        }

        /** The integration user's login, for the password, authorization code and JWT bearer flows. */
        public Builder integrationUser(String username, String password) {
            config.username = username;
            config.password = password;
            return this;
        }

        public Builder tokenTimeToLive(Duration ttl) {
            config.tokenTtl = ttl;
            return this;
        }

        public Builder dailyApiRequests(long max) {
            config.dailyApiRequests = max;
            return this;
        }

        public Builder clock(Clock clock) {
            config.clock = clock;
            return this;
        }

        public Builder schema(OrgSchema schema) {
            config.schema = schema;
            return this;
        }

        /** The certificate uploaded to the app: JWT bearer assertions must be signed by its key. */
        public Builder jwtCertificate(X509Certificate certificate) {
            config.jwtKey = certificate.getPublicKey();
            return this;
        }

        public Builder streamingBus(ReplayStreamingBus bus) {
            config.bus = bus;
            return this;
        }

        /** Preloads records from {@code dir/OBJECT/*.json}. */
        public Builder seedFrom(Path dir) {
            config.seedDir = dir;
            return this;
        }

        /** Generates sample accounts and opportunities when no seed directory is given. */
        public Builder sampleData(boolean generate) {
            config.sampleData = generate;
            return this;
        }

        public SimulatedSalesforce start() {
            if (config.schema == null) {
                config.schema = OrgSchemaLocator.locate();
            }
            if (config.bus == null) {
                config.bus = new ReplayStreamingBus(ReplayStreamingBus.DEFAULT_RETENTION, config.clock);
            }
            return new SimulatedSalesforce(config);
        }
    }
}
