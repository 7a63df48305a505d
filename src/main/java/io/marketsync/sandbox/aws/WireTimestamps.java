package io.marketsync.sandbox.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Timestamps on the wire: the Catalog API sends ISO-8601 strings to the second ({@code 2025-03-01T10:00:00Z}),
 * the Agreement API epoch seconds as JSON numbers. Seed files and filter values may use either form.
 */
final class WireTimestamps {

    private WireTimestamps() {}

    static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** An epoch-seconds number, or a string holding epoch seconds, an ISO-8601 instant or a bare date. */
    static Instant parse(JsonNode value) {
        return value.isNumber() ? fromEpochSeconds(value.decimalValue()) : parse(value.asText());
    }

    static Instant parse(String text) {
        if (text.matches("\\d+(\\.\\d+)?")) {
            return fromEpochSeconds(new BigDecimal(text));
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return Instant.parse(text + "T00:00:00Z");
        }
    }

    /** Epoch seconds as the awsJson protocol writes them: an integer unless there are fractions of a second. */
    static JsonNode epochSeconds(Instant instant) {
        if (instant.getNano() == 0) {
            return LongNode.valueOf(instant.getEpochSecond());
        }
        return DecimalNode.valueOf(
                BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9)));
    }

    private static Instant fromEpochSeconds(BigDecimal seconds) {
        return Instant.ofEpochSecond(
                seconds.longValue(),
                seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
    }
}
