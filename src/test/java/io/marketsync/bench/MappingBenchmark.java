package io.marketsync.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marketsync.mapping.Mapping;
import io.marketsync.mapping.MappingLoader;
import io.marketsync.mapping.MappingResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Mapping throughput on one thread: a page of {@value #PAGE} agreements through a 30-field mapping with types,
 * lookups, value maps, templates, transforms and fallbacks. One op = one record, so the score is records/s;
 * {@code mapPage:records} counts the mapped records themselves.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class MappingBenchmark {

    static final int PAGE = 1000;

    private static final String MAPPING =
            """
            source: aws.agreement
            target: { object: Marketplace_Agreement__c, externalId: Agreement_Id__c }
            records: agreementViewSummaries
            when: { path: agreementType, in: [PurchaseAgreement] }
            fields:
              Agreement_Id__c: agreementId
              Name: { template: "{proposalSummary.offerId} / {acceptor.accountId}", maxLength: 80 }
              Status__c: { from: status, map: { ACTIVE: Active, EXPIRED: Expired, CANCELLED: Cancelled }, default: Other }
              Start_Date__c: { from: startTime, type: date }
              End_Date__c: { from: endTime, type: date, fallback: ["today+365d"] }
              Accepted_At__c: { from: acceptanceTime, type: datetime, required: true }
              Cloud__c: { const: AWS }
              Offer_Id__c: proposalSummary.offerId
              Offer_Set_Id__c: { from: proposalSummary.offerSetId, fallback: [proposalSummary.offerId] }
              Product_Id__c: "proposalSummary.resources[0].id"
              Product_Type__c:
                from: "proposalSummary.resources[0].type"
                map: { SaaSProduct: SaaS, AmiProduct: AMI, ContainerProduct: Container }
                default: Other
              License_Account__c: { from: "entitlements[0].licenseArn", transform: arnAccount }
              License_Id__c: { from: "entitlements[0].licenseArn", transform: lastSegment }
              Buyer_Account__r: { from: acceptor.accountId, lookup: { object: Account, externalId: AWS_Account_Id__c } }
              Seller_Account__r: { from: proposer.accountId, lookup: { object: Account, externalId: AWS_Account_Id__c } }
              Offer__r: { from: proposalSummary.offerId, lookup: { object: Marketplace_Offer__c, externalId: Offer_Id__c } }
              Product__r:
                from: "proposalSummary.resources[0].id"
                lookup: { object: Marketplace_Product__c, externalId: Product_Id__c }
              Agreement_Value__c: { from: estimatedCharges.agreementValue, type: number }
              Currency__c: { from: estimatedCharges.currencyCode, default: USD }
              Type__c: { from: agreementType, map: { PurchaseAgreement: Purchase }, default: Other }
              Seats__c: { from: seats, type: integer, fallback: [{ const: 1 }] }
              Auto_Renew__c: { from: autoRenew, type: boolean, default: false }
              Intent__c: { from: intent, transform: [trim, uppercase], fallback: [{ const: NEW }] }
              Resource_Types__c: { from: "proposalSummary.resources[*].type", join: ";" }
              Term_Months__c: { from: termMonths, type: integer, fallback: [{ const: 12 }] }
              Description__c: { template: "{agreementType} of {proposalSummary.offerId} for {acceptor.accountId}", maxLength: 255 }
              Renewal_At__c: { from: endTime, type: datetime, fallback: ["now+30d"] }
              Is_Active__c: { from: status, map: { ACTIVE: true }, default: false, type: boolean }
              Region__c: { const: us-east-1 }
              Catalog__c: { const: AWSMarketplace }
            """;

    private static final String[] STATUSES = {"ACTIVE", "EXPIRED", "CANCELLED", "RENEWED"};
    private static final String[] TYPES = {"SaaSProduct", "AmiProduct", "ContainerProduct"};

    private Mapping mapping;
    private JsonNode page;

    /** Counts mapped records per iteration; JMH reports it as {@code mapPage:records} in records/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long records;

        @Setup(Level.Iteration)
        public void clear() {
            records = 0;
        }
    }

    @Setup
    public void setUp() throws Exception {
        Path file = Files.createTempFile("agreement-benchmark", ".yaml");
        Files.writeString(file, MAPPING);
        mapping = new MappingLoader().load(file, "bench/agreement.yaml");
        Files.delete(file);
        if (mapping.fields().size() != 30) {
            throw new IllegalStateException("the benchmark mapping must have 30 fields");
        }
        page = page(new ObjectMapper());
    }

    private static JsonNode page(ObjectMapper json) {
        ObjectNode root = json.createObjectNode();
        ArrayNode list = root.putArray("agreementViewSummaries");
        for (int i = 0; i < PAGE; i++) {
            ObjectNode a = list.addObject();
            a.put("agreementId", String.format("agmt-%025d", i));
            a.put("agreementType", "PurchaseAgreement");
            a.put("acceptanceTime", 1_727_815_761L + i);
            a.put("startTime", 1_727_815_761L + i);
            if (i % 3 != 0) {
                a.put("endTime", 1_759_351_761L + i);
            }
            a.put("status", STATUSES[i % STATUSES.length]);
            a.putObject("acceptor").put("accountId", String.format("%012d", 200_000_000_000L + i));
            a.putObject("proposer").put("accountId", "111111111111");
            ObjectNode proposal = a.putObject("proposalSummary");
            proposal.put("offerId", "offer-" + (1_000_000 + i % 50));
            ArrayNode resources = proposal.putArray("resources");
            resources.addObject().put("id", "prod-" + (i % 20)).put("type", TYPES[i % TYPES.length]);
            a.putArray("entitlements")
                    .addObject()
                    .put("licenseArn", "arn:aws:license-manager::294406891311:license:l-" + Integer.toHexString(i));
            a.putObject("estimatedCharges").put("currencyCode", "USD").put("agreementValue", "24000.00");
            if (i % 2 == 0) {
                a.put("seats", 25);
                a.put("autoRenew", "true");
            }
        }
        return root;
    }

    @Benchmark
    @OperationsPerInvocation(PAGE)
    public MappingResult mapPage(Counters counters) {
        MappingResult result = mapping.apply(page);
        counters.records += result.records().size();
        return result;
    }
}
