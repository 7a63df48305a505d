package io.marketsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;

/**
 * Field types and their conversions. Dates and datetimes accept ISO-8601 text (with or without offset, 'T' or
 * space), epoch seconds (number or numeric text, as the AWS Agreement API sends them), or text in the field's
 * {@code format}. Output: {@code yyyy-MM-dd} for date, an ISO instant in UTC for datetime, BigDecimal, Long,
 * Boolean, String.
 */
enum FieldType {
    STRING,
    DATE,
    DATETIME,
    NUMBER,
    INTEGER,
    BOOLEAN;

    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendPattern("['T'][ ]")
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart()
            .appendOffset("+HH:MM:ss", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    static FieldType named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean temporal() {
        return this == DATE || this == DATETIME;
    }

    /**
     * Converts a present raw value.
     *
     * @param format the date pattern of a date/datetime field, or null for ISO-8601 and epoch seconds
     */
    Object convert(JsonNode v, DateTimeFormatter format) throws UnmappableValueException {
        return switch (this) {
            case STRING -> text(v);
            case NUMBER -> decimal(v);
            case INTEGER -> integer(v);
            case BOOLEAN -> bool(v);
            case DATE -> date(v, format);
            case DATETIME -> IsoDates.text(instant(v, format));
        };
    }

    private static String text(JsonNode v) {
        if (v.isFloatingPointNumber() || v.isBigDecimal()) {
            return v.decimalValue().stripTrailingZeros().toPlainString();
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    private static BigDecimal decimal(JsonNode v) throws UnmappableValueException {
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isTextual()) {
            try {
                return new BigDecimal(v.asText().strip());
            } catch (NumberFormatException e) {
                throw new UnmappableValueException("'" + v.asText() + "' is not a number");
            }
        }
        throw new UnmappableValueException(kind(v) + " is not a number");
    }

    private static Long integer(JsonNode v) throws UnmappableValueException {
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        BigDecimal d = decimal(v);
        try {
            return d.longValueExact();
        } catch (ArithmeticException e) {
            throw new UnmappableValueException("'" + text(v) + "' is not an integer");
        }
    }

    private static Boolean bool(JsonNode v) throws UnmappableValueException {
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        switch (v.asText().strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> {
                return Boolean.TRUE;
            }
            case "false", "no", "0" -> {
                return Boolean.FALSE;
            }
            default -> throw new UnmappableValueException("'" + v.asText() + "' is not a boolean");
        }
    }

    private static String date(JsonNode v, DateTimeFormatter format) throws UnmappableValueException {
        if (isEpoch(v)) {
            return LocalDate.ofInstant(epoch(v), ZoneOffset.UTC).toString();
        }
        LocalDate fast = format == null && v.isTextual() ? IsoDates.date(v.asText()) : null;
        if (fast != null) {
            return fast.toString();
        }
        // the date as written, not shifted to UTC by an offset
        return parse(v, format).query(TemporalQueries.localDate()).toString();
    }

    private static Instant instant(JsonNode v, DateTimeFormatter format) throws UnmappableValueException {
        if (isEpoch(v)) {
            return epoch(v);
        }
        Instant fast = format == null && v.isTextual() ? IsoDates.instant(v.asText()) : null;
        if (fast != null) {
            return fast;
        }
        TemporalAccessor t = parse(v, format);
        LocalDate date = t.query(TemporalQueries.localDate());
        LocalTime time = t.query(TemporalQueries.localTime());
        ZoneOffset offset = t.query(TemporalQueries.offset());
        return LocalDateTime.of(date, time != null ? time : LocalTime.MIDNIGHT)
                .toInstant(offset != null ? offset : ZoneOffset.UTC);
    }

    private static boolean isEpoch(JsonNode v) {
        if (v.isNumber()) {
            return true;
        }
        String s = v.asText();
        if (!v.isTextual() || s.isEmpty() || s.length() > 20) {
            return false;
        }
        int dots = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return dots <= 1 && s.length() > 4; // a four-digit text is a year, not a second count
    }

    private static Instant epoch(JsonNode v) {
        BigDecimal seconds = v.isNumber() ? v.decimalValue() : new BigDecimal(v.asText());
        long whole = seconds.longValue();
        int nanos =
                seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValue();
        return Instant.ofEpochSecond(whole, nanos);
    }

    private static TemporalAccessor parse(JsonNode v, DateTimeFormatter format) throws UnmappableValueException {
        if (!v.isTextual()) {
            throw new UnmappableValueException(kind(v) + " is not a date");
        }
        String s = v.asText().strip();
        try {
            // one parse, then queries for what it found: parseBest throws and catches per missing part
            TemporalAccessor t = (format != null ? format : ISO).parse(s);
            if (t.query(TemporalQueries.localDate()) == null) {
                throw new UnmappableValueException("'" + s + "' has no day in it");
            }
            return t;
        } catch (DateTimeParseException e) {
            throw new UnmappableValueException("'" + s + "' is not a date"
                    + (format != null ? " in the field's format" : " (ISO-8601 or epoch seconds expected)"));
        }
    }

    private static String kind(JsonNode v) {
        return v.isObject() ? "an object" : v.isArray() ? "a list" : "'" + v.asText() + "'";
    }
}
