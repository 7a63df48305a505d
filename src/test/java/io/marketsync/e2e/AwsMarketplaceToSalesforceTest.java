package io.marketsync.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.marketsync.app.MarketSyncApp;
import io.marketsync.app.Settings;
import io.marketsync.sandbox.Sandbox;
import io.marketsync.sandbox.SimulatorOptions;
import io.marketsync.sandbox.aws.SampleMarketplaceData;
import io.marketsync.sandbox.aws.SimulatedAwsMarketplace;
import io.marketsync.sandbox.aws.StoredAgreement;
import io.marketsync.sandbox.salesforce.SimulatedSalesforce;
import io.marketsync.sandbox.salesforce.SimulatorCounters;
import io.marketsync.state.SyncRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AWS simulator, seeded with generated marketplace data, synced by the shipped routes and
 * mappings into the Salesforce simulator, which is then read back with SOQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AwsMarketplaceToSalesforceTest {

    @TempDir
    static Path dataDir;

    Sandbox sandbox;
    MarketSyncApp app;
    SalesforceSoql soql;
    SimulatedSalesforce salesforce;
    SimulatedAwsMarketplace aws;
    String knownBuyer;

    @BeforeAll
    void start() throws Exception {
        sandbox = Sandbox.start(new SimulatorOptions(0, Optional.empty()));
        salesforce = (SimulatedSalesforce) sandbox.simulators().stream()
                .filter(s -> s.name().equals("salesforce"))
                .findFirst()
                .orElseThrow();
        aws = (SimulatedAwsMarketplace) sandbox.simulators().stream()
                .filter(s -> s.name().equals("aws"))
                .findFirst()
                .orElseThrow();
        Settings settings = Settings.defaults()
                .with(sandbox.clientProperties())
                .with(Map.of(
                        "marketsync.db.url",
                        "jdbc:h2:mem:e2e-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                        "marketsync.data.dir",
                        dataDir.toString()));
        // An admin already keyed one buyer's Account by its AWS account id: MarketSync must keep its name.
        knownBuyer = aws.state()
                .agreements()
                .get(0)
                .describeResponse()
                .at("/acceptor/accountId")
                .asText();
        salesforce
                .org()
                .load(
                        "Account",
                        Map.of("Name", "Contoso Logistics GmbH", "AWS_Account_Id__c", knownBuyer),
                        salesforce.integrationUser().id());
        app = MarketSyncApp.start(settings, Optional.empty());
        soql = new SalesforceSoql(sandbox.clientProperties());
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private Map<String, SyncRun> syncOnce() {
        return app.syncOnce(List.of()).stream().collect(Collectors.toMap(SyncRun::routeId, r -> r));
    }

    private long salesforceWrites() {
        SimulatorCounters c = salesforce.counters();
        return c.get(SimulatorCounters.WRITES)
                + c.get(SimulatorCounters.COLLECTIONS)
                + c.get(SimulatorCounters.BULK_JOBS);
    }

    @Test
    @Order(1)
    void firstSyncCreatesEveryRecordWithItsLookups() throws Exception {
        Map<String, SyncRun> runs = syncOnce();

        assertThat(runs.keySet())
                .containsExactlyInAnyOrder("aws-products", "aws-resale-authorizations", "aws-offers", "aws-agreements");
        runs.values().forEach(run -> assertThat(run.status()).as(run.toString()).isEqualTo(SyncRun.SUCCEEDED));
        assertThat(runs.get("aws-products").counts().created()).isEqualTo(SampleMarketplaceData.PRODUCTS);
        // SaaS, AMI and container products share one page: one sObject Collections call for all three.
        assertThat(runs.get("aws-products").counts().apiCalls()).isEqualTo(1);
        assertThat(runs.get("aws-agreements").counts().apiCalls()).isPositive();

        List<JsonNode> listings = soql.query("SELECT Listing_Id__c, Name, Product_Type__c FROM Marketplace_Listing__c");
        assertThat(listings).hasSize(SampleMarketplaceData.PRODUCTS);
        assertThat(listings)
                .extracting(l -> l.get("Product_Type__c").asText())
                .containsExactlyInAnyOrder("SaaS", "AMI", "Container");

        List<JsonNode> offers = soql.query(
                "SELECT Offer_Id__c, Offer_Type__c, Targeted_Buyers__c, Pricing_Summary__c, Listing__r.Listing_Id__c"
                        + " FROM Marketplace_Offer__c");
        assertThat(offers).hasSize(SampleMarketplaceData.OFFERS);
        List<JsonNode> privateOffers = offers.stream()
                .filter(o -> o.get("Offer_Type__c").asText().equals("Private"))
                .toList();
        assertThat(privateOffers).hasSize(SampleMarketplaceData.PRIVATE_OFFERS);
        privateOffers.forEach(o -> {
            assertThat(o.get("Targeted_Buyers__c").asText()).matches("\\d{12}(, \\d{12})*");
            assertThat(o.get("Pricing_Summary__c").asText()).matches(".*\\d+(\\.\\d+)? [A-Z]{3}.*");
        });
        offers.forEach(
                o -> assertThat(o.at("/Listing__r/Listing_Id__c").asText()).startsWith("prod-"));

        List<JsonNode> agreements = soql.query("SELECT Agreement_Id__c, Status__c, Total_Contract_Value__c,"
                + " Offer__r.Offer_Id__c, Buyer_Account__r.AWS_Account_Id__c FROM Marketplace_Agreement__c");
        assertThat(agreements).hasSize(SampleMarketplaceData.AGREEMENTS);
        assertThat(agreements).extracting(a -> a.get("Status__c").asText()).contains("Active", "Expired", "Cancelled");
        for (JsonNode agreement : agreements) {
            StoredAgreement source = aws.state()
                    .agreement(agreement.get("Agreement_Id__c").asText())
                    .orElseThrow();
            assertThat(agreement.at("/Buyer_Account__r/AWS_Account_Id__c").asText())
                    .isEqualTo(
                            source.describeResponse().at("/acceptor/accountId").asText());
            assertThat(agreement.at("/Offer__r/Offer_Id__c").asText())
                    .isEqualTo(source.describeResponse()
                            .at("/proposalSummary/offerId")
                            .asText());
        }
        assertThat(soql.query("SELECT Resale_Authorization_Id__c FROM Marketplace_Resale_Authorization__c"))
                .hasSize(SampleMarketplaceData.RESALE_AUTHORIZATIONS);
        List<JsonNode> buyers =
                soql.query("SELECT Name, AWS_Account_Id__c FROM Account WHERE AWS_Account_Id__c != null");
        assertThat(buyers)
                .filteredOn(b -> b.get("AWS_Account_Id__c").asText().equals(knownBuyer))
                .singleElement()
                .satisfies(b -> assertThat(b.get("Name").asText()).isEqualTo("Contoso Logistics GmbH"));
        assertThat(buyers)
                .filteredOn(b -> b.get("Name").asText().startsWith("AWS account "))
                .isNotEmpty();
    }

    @Test
    @Order(2)
    void aSecondSyncWritesNothing() {
        long before = salesforceWrites();
        Map<String, SyncRun> runs = syncOnce();
        assertThat(salesforceWrites()).isEqualTo(before);
        runs.values().forEach(run -> {
            assertThat(run.counts().created() + run.counts().updated())
                    .as(run.routeId())
                    .isZero();
            assertThat(run.counts().failed()).as(run.routeId()).isZero();
        });
    }

    @Test
    @Order(3)
    void oneChangedAgreementUpdatesExactlyThatRecord() throws Exception {
        StoredAgreement active = aws.state().agreements().stream()
                .filter(a -> a.status().equals("ACTIVE"))
                .findFirst()
                .orElseThrow();
        String id = active.agreementId();
        aws.state().updateAgreementStatus(id, "TERMINATED");
        long before = salesforceWrites();

        Map<String, SyncRun> runs = syncOnce();

        assertThat(runs.get("aws-agreements").counts().updated()).isEqualTo(1);
        assertThat(runs.get("aws-agreements").counts().created()).isZero();
        runs.values().stream()
                .filter(r -> !r.routeId().equals("aws-agreements"))
                .forEach(r ->
                        assertThat(r.counts().created() + r.counts().updated()).isZero());
        assertThat(salesforceWrites() - before).isEqualTo(1);
        assertThat(soql.query("SELECT Status__c FROM Marketplace_Agreement__c WHERE Agreement_Id__c = '" + id + "'"))
                .singleElement()
                .satisfies(a -> assertThat(a.get("Status__c").asText()).isEqualTo("Terminated"));
    }
}
