package io.marketsync.salesforce;

import io.marketsync.mapping.MappedRecord;
import io.marketsync.mapping.MappingHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;

/** Reads the mapped records of a page from the exchange the {@code mapping:} component produced. */
final class PageRecords {

    private PageRecords() {}

    /**
     * The {@link MappingHeaders#MAPPED_RECORDS} header when present; otherwise the body's records,
     * with object from {@code attributes.type} and the external id field from its header.
     */
    @SuppressWarnings("unchecked")
    static List<MappedRecord> of(Exchange exchange) throws InvalidPayloadException {
        Message in = exchange.getMessage();
        List<MappedRecord> mapped = in.getHeader(MappingHeaders.MAPPED_RECORDS, List.class);
        if (mapped != null) {
            return mapped;
        }
        List<Map<String, Object>> body = in.getMandatoryBody(List.class);
        String externalIdField = in.getHeader(MappingHeaders.EXTERNAL_ID_FIELD, String.class);
        if (!body.isEmpty() && externalIdField == null) {
            throw new InvalidPayloadException(
                    exchange,
                    List.class,
                    in,
                    new IllegalArgumentException("Header " + MappingHeaders.EXTERNAL_ID_FIELD
                            + " names the external id field when " + MappingHeaders.MAPPED_RECORDS + " is absent"));
        }
        List<MappedRecord> records = new ArrayList<>(body.size());
        for (Map<String, Object> record : body) {
            String object = objectOf(record, in.getHeader(MappingHeaders.TARGET_OBJECT, String.class));
            String externalId = String.valueOf(record.get(externalIdField));
            records.add(new MappedRecord(
                    object, externalIdField, externalId, null, externalId, record, Set.of(), Set.of()));
        }
        return records;
    }

    private static String objectOf(Map<String, Object> record, String fallback) {
        if (record.get("attributes") instanceof Map<?, ?> attributes && attributes.get("type") != null) {
            return attributes.get("type").toString();
        }
        return fallback;
    }

    /** The route whose state the page belongs to: the {@link SinkExchange#ROUTE_ID} header, else the exchange's route. */
    static String routeId(Exchange exchange) {
        String routeId = exchange.getMessage().getHeader(SinkExchange.ROUTE_ID, String.class);
        return routeId != null ? routeId : exchange.getFromRouteId();
    }
}
