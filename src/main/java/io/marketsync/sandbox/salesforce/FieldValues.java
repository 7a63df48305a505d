package io.marketsync.sandbox.salesforce;

import io.marketsync.salesforce.metadata.FieldDef;
import io.marketsync.salesforce.metadata.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Converts incoming field values to the form the org stores and returns: strings for text, ids,
 * dates ({@code 2025-01-31}) and datetimes ({@code 2025-01-31T09:30:00.000+0000}), BigDecimal
 * for numbers, Boolean for checkboxes. Strings are accepted for every type, as CSV uploads send them.
 */
final class FieldValues {

    /** The datetime format Salesforce writes in REST responses. */
    static final DateTimeFormatter DATETIME_OUT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx", Locale.ROOT);

    private static final DateTimeFormatter DATETIME_IN = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm")
            .optionalStart()
            .appendPattern(":ss")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private FieldValues() {}

    /** A value that can't be converted to its field's type. */
    static final class TypeMismatch extends IllegalArgumentException {
        private final transient FieldDef field;
        private final String value;

        TypeMismatch(FieldDef field, Object value) {
            super(field.name() + ": value not of required type: " + value);
            this.field = field;
            this.value = String.valueOf(value);
        }

        FieldDef field() {
            return field;
        }

        String value() {
            return value;
        }
    }

    static Object coerce(FieldDef field, Object raw) {
        if (raw == null) {
            return field.type() == FieldType.CHECKBOX ? Boolean.FALSE : null;
        }
        FieldType type = field.type();
        try {
            return switch (type) {
                case CHECKBOX -> checkbox(field, raw);
                case NUMBER, CURRENCY, PERCENT -> raw instanceof Number n
                        ? new BigDecimal(n.toString())
                        : new BigDecimal(text(field, raw).trim());
                case DATE -> LocalDate.parse(text(field, raw).trim()).toString();
                case DATETIME -> formatDateTime(parseDateTime(text(field, raw).trim()));
                default -> raw instanceof String s ? s : scalarText(field, raw);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new TypeMismatch(field, raw);
        }
    }

    static Instant parseDateTime(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        var parsed = DATETIME_IN.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
        return parsed instanceof OffsetDateTime odt
                ? odt.toInstant()
                : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    }

    static String formatDateTime(Instant instant) {
        return DATETIME_OUT.format(instant.atOffset(ZoneOffset.UTC));
    }

    private static Boolean checkbox(FieldDef field, Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        String text = text(field, raw).trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        throw new TypeMismatch(field, raw);
    }

    private static String text(FieldDef field, Object raw) {
        if (raw instanceof String s) {
            return s;
        }
        throw new TypeMismatch(field, raw);
    }

    /** Salesforce turns a JSON number or boolean sent for a text field into its text. */
    private static String scalarText(FieldDef field, Object raw) {
        if (raw instanceof Number || raw instanceof Boolean) {
            return raw.toString();
        }
        throw new TypeMismatch(field, raw);
    }
}
