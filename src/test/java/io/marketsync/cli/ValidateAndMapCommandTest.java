package io.marketsync.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateAndMapCommandTest {

    @TempDir
    Path dir;

    Path routes;
    Path mappings;
    Path mapping;

    @BeforeEach
    void project() throws Exception {
        routes = Files.createDirectories(dir.resolve("routes"));
        mappings = Files.createDirectories(dir.resolve("mappings/aws"));
        mapping = mappings.resolve("agreement.yaml");
        Files.writeString(
                mapping,
                """
                source: aws.agreement
                target: { object: Marketplace_Agreement__c, externalId: Agreement_Id__c }
                fields:
                  Agreement_Id__c: agreementId
                  Status__c: { from: status, map: { ACTIVE: Active, EXPIRED: Expired }, default: Other }
                  Start_Date__c: { from: startTime, type: date }
                  Cloud__c: { const: AWS }
                  Buyer_Account__r: { from: acceptor.accountId, lookup: { object: Account, externalId: AWS_Account_Id__c } }
                """);
        Files.writeString(
                routes.resolve("aws.camel.yaml"),
                """
                - route:
                    id: aws-agreements
                    from:
                      uri: timer:agreements
                    steps:
                      - to: mapping:aws/agreement.yaml
                      - to: log:agreements
                """);
    }

    private CommandLineRunner validate() {
        return new CommandLineRunner(
                "validate",
                "--routes",
                routes.toString(),
                "--mappings",
                dir.resolve("mappings").toString(),
                "--salesforce",
                Path.of("salesforce").toString());
    }

    @Test
    void aValidProjectPasses() {
        CommandLineRunner run = validate();
        assertThat(run.exitCode).as(run.out()).isZero();
        assertThat(run.out()).startsWith("OK: 1 route files, 1 mappings");
    }

    @Test
    void aFieldMissingFromTheSalesforceProjectFailsWithItsPosition() throws Exception {
        Files.writeString(mapping, Files.readString(mapping).replace("Start_Date__c:", "Begin_Date__c:"));
        CommandLineRunner run = validate();
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out().trim())
                .isEqualTo(mapping
                        + ":6:3: field 'Begin_Date__c' does not exist on Marketplace_Agreement__c in salesforce/");
    }

    @Test
    void aBrokenMappingFailsWithItsPosition() throws Exception {
        Files.writeString(mapping, Files.readString(mapping).replace("type: date", "type: dat"));
        CommandLineRunner run = validate();
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out()).startsWith(mapping + ":6:");
    }

    @Test
    void mapPrintsSalesforceRecords() throws Exception {
        Path input = dir.resolve("agreement.json");
        Files.writeString(
                input,
                """
                {"agreementId": "agmt-1111111111111111111111111", "status": "ACTIVE", "startTime": 1735689600,
                 "acceptor": {"accountId": "123456789012"}}
                """);
        CommandLineRunner run =
                new CommandLineRunner("map", "--mapping", mapping.toString(), "--input", input.toString());
        assertThat(run.exitCode).as(run.err()).isZero();
        JsonNode records = new ObjectMapper().readTree(run.out());
        assertThat(records).hasSize(1);
        JsonNode record = records.get(0);
        assertThat(record.at("/attributes/type").asText()).isEqualTo("Marketplace_Agreement__c");
        assertThat(record.get("Status__c").asText()).isEqualTo("Active");
        assertThat(record.get("Start_Date__c").asText()).isEqualTo("2025-01-01");
        assertThat(record.at("/Buyer_Account__r/AWS_Account_Id__c").asText()).isEqualTo("123456789012");
    }
}
