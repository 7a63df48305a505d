package io.marketsync.salesforce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.marketsync.mapping.MappedRecord;

/**
 * A mapped record as the payload of a failed record: the Salesforce record with its object, external id,
 * mapping, source key and parents, so the sink can send it again on a later run.
 */
final class MappedRecordJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MappedRecordJson() {}

    static String write(MappedRecord record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Mapped record cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static MappedRecord read(String json) throws JsonProcessingException {
        return JSON.readValue(json, MappedRecord.class);
    }
}
