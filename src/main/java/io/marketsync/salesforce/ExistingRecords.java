package io.marketsync.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketsync.mapping.MappedRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * Leaves out the {@code createOnly} fields of records that already exist in Salesforce, so a record
 * MarketSync didn't create (an Account an admin already keyed by its AWS account id) keeps its name.
 * One SOQL query per object and 200 external ids tells which exist; it is only made for changed records
 * that carry create-only fields, so an unchanged page costs nothing.
 */
final class ExistingRecords {

    private static final int IDS_PER_QUERY = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProducerTemplate producer;

    ExistingRecords(ProducerTemplate producer) {
        this.producer = producer;
    }

    /** The records to send: create-only fields removed where the record exists. */
    List<MappedRecord> withoutCreateOnlyFieldsOfExisting(Exchange exchange, List<MappedRecord> records)
            throws Exception {
        Map<String, List<MappedRecord>> candidates = records.stream()
                .filter(r -> r.createOnly().stream().anyMatch(r.record()::containsKey))
                .collect(Collectors.groupingBy(
                        r -> r.object() + "." + r.externalIdField(), LinkedHashMap::new, Collectors.toList()));
        if (candidates.isEmpty()) {
            return records;
        }
        Set<MappedRecord> existing = new HashSet<>();
        for (List<MappedRecord> group : candidates.values()) {
            existing.addAll(existing(exchange, group));
        }
        List<MappedRecord> out = new ArrayList<>(records.size());
        for (MappedRecord record : records) {
            if (existing.contains(record)) {
                Map<String, Object> fields = new LinkedHashMap<>(record.record());
                record.createOnly().forEach(fields::remove);
                out.add(record.withRecord(fields));
            } else {
                out.add(record);
            }
        }
        return out;
    }

    private List<MappedRecord> existing(Exchange exchange, List<MappedRecord> group) throws Exception {
        MappedRecord first = group.get(0);
        List<MappedRecord> found = new ArrayList<>();
        for (int from = 0; from < group.size(); from += IDS_PER_QUERY) {
            List<MappedRecord> chunk = group.subList(from, Math.min(group.size(), from + IDS_PER_QUERY));
            String soql = "SELECT " + first.externalIdField() + " FROM " + first.object() + " WHERE "
                    + first.externalIdField() + " IN ("
                    + chunk.stream().map(r -> quote(r.externalId())).collect(Collectors.joining(",")) + ")";
            Exchange query = producer.send(
                    "salesforce:query?rawPayload=true", e -> e.getMessage().setBody(soql));
            if (query.getException() != null) {
                throw query.getException();
            }
            ApiCalls.add(exchange, query.getProperty(SinkExchange.API_CALLS, 1L, Long.class));
            Set<String> ids = new HashSet<>();
            JsonNode body = JSON.readTree(query.getMessage().getBody(String.class));
            body.path("records")
                    .forEach(r -> ids.add(r.path(first.externalIdField()).asText()));
            chunk.stream().filter(r -> ids.contains(r.externalId())).forEach(found::add);
        }
        return found;
    }

    /** A SOQL string literal: backslash and quote escaped. */
    private static String quote(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
