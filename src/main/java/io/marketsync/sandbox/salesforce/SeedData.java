package io.marketsync.sandbox.salesforce;

import com.fasterxml.jackson.core.type.TypeReference;
import io.marketsync.salesforce.metadata.ObjectDef;
import io.marketsync.sandbox.SimHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Fills the org at start: from {@code DIR/salesforce/OBJECT/*.json} (one record per file, as a
 * single-record read returns it), or with generated sample accounts and opportunities.
 */
final class SeedData {

    private SeedData() {}

    /**
     * Loads every record file. Files are retried while others load, so a child that looks up its
     * parent by external id loads after the parent whatever the directory order.
     *
     * @return how many records were loaded
     */
    static int load(SimulatedOrg org, Path dir, String userId) {
        List<Path> pending = recordFiles(dir);
        int loaded = 0;
        while (!pending.isEmpty()) {
            List<Path> failed = new ArrayList<>();
            RuntimeException lastError = null;
            for (Path file : pending) {
                try {
                    org.load(file.getParent().getFileName().toString(), read(file), userId);
                    loaded++;
                } catch (RecordError e) {
                    failed.add(file);
                    lastError = new IllegalArgumentException(file + ": " + e.getMessage(), e);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
                }
            }
            if (failed.size() == pending.size()) {
                throw lastError;
            }
            pending = failed;
        }
        return loaded;
    }

    /** A few accounts with their cloud ids and an opportunity each; fields the org lacks are left out. */
    static int generate(SimulatedOrg org, String userId) {
        String[][] accounts = {
            {
                "Northwind Analytics",
                "Technology",
                "United States",
                "123456789012",
                "9f0c1d2e-1111-4a5b-8c9d-0e1f2a3b4c5d",
                "01A2B3-C4D5E6-F7A8B9"
            },
            {
                "Contoso Pharma",
                "Healthcare",
                "Germany",
                "210987654321",
                "4b3a2c1d-2222-4e5f-9a8b-7c6d5e4f3a2b",
                "0F1E2D-3C4B5A-697887"
            },
            {
                "Fabrikam Logistics",
                "Transportation",
                "Japan",
                "345678901234",
                "7e6d5c4b-3333-4a2b-8c1d-9e0f1a2b3c4d",
                "0A0B0C-0D0E0F-101112"
            }
        };
        String[][] opportunities = {
            {"Northwind - AWS private offer renewal", "Negotiation/Review", "48000"},
            {"Contoso - Azure co-sell referral", "Qualification", "125000"},
            {"Fabrikam - GCP marketplace expansion", "Proposal/Price Quote", "76500"}
        };
        ObjectDef account = org.object("Account").orElseThrow();
        int loaded = 0;
        for (int i = 0; i < accounts.length; i++) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("Name", accounts[i][0]);
            fields.put("Industry", accounts[i][1]);
            fields.put("BillingCountry", accounts[i][2]);
            putIfPresent(account, fields, "AWS_Account_Id__c", accounts[i][3]);
            putIfPresent(account, fields, "Azure_Tenant_Id__c", accounts[i][4]);
            putIfPresent(account, fields, "GCP_Billing_Account_Id__c", accounts[i][5]);
            String accountId = org.load("Account", fields, userId);
            Map<String, Object> opportunity = new LinkedHashMap<>();
            opportunity.put("Name", opportunities[i][0]);
            opportunity.put("StageName", opportunities[i][1]);
            opportunity.put("Amount", opportunities[i][2]);
            opportunity.put("CloseDate", LocalDate.now().plusDays(30L * (i + 1)).toString());
            opportunity.put("AccountId", accountId);
            org.load("Opportunity", opportunity, userId);
            loaded += 2;
        }
        return loaded;
    }

    private static void putIfPresent(ObjectDef object, Map<String, Object> fields, String name, String value) {
        if (object.field(name).isPresent()) {
            fields.put(name, value);
        }
    }

    private static List<Path> recordFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir, 2)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> f.getParent().getParent().equals(dir))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static Map<String, Object> read(Path file) {
        try {
            return SimHttp.JSON.readValue(file.toFile(), new TypeReference<>() {});
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON record: " + e.getMessage(), e);
        }
    }
}
