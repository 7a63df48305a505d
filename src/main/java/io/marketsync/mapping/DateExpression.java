package io.marketsync.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code today}, {@code today+15d}, {@code now}, {@code now-2h}: a date or instant relative to the clock, in
 * UTC. Used in fallback chains, e.g. an offer without an expiry gets {@code today+30d}.
 */
final class DateExpression implements ValueSource {

    private static final Pattern SYNTAX = Pattern.compile("(today|now)(?:([+-])(\\d{1,6})([dhm]))?");

    private final Clock clock;
    private final boolean date;
    private final Duration offset;

    private DateExpression(Clock clock, boolean date, Duration offset) {
        this.clock = clock;
        this.date = date;
        this.offset = offset;
    }

    /** Whether a fallback entry is meant as an expression rather than a path. */
    static boolean looksLikeOne(String text) {
        return text.equals("today") || text.equals("now") || text.matches("(today|now)[+-].*");
    }

    static DateExpression parse(String text, Clock clock) {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "bad expression '" + text + "': expected today, now, or one of them +/- a number and d, h or m");
        }
        boolean date = m.group(1).equals("today");
        Duration offset = Duration.ZERO;
        if (m.group(2) != null) {
            long n = Long.parseLong(m.group(3)) * (m.group(2).equals("-") ? -1 : 1);
            String unit = m.group(4);
            if (date && !unit.equals("d")) {
                throw new IllegalArgumentException("bad expression '" + text + "': today moves by days (d) only");
            }
            offset = switch (unit) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofMinutes(n);
            };
        }
        return new DateExpression(clock, date, offset);
    }

    @Override
    public JsonNode get(JsonNode current, JsonNode parent) {
        if (date) {
            return TextNode.valueOf(LocalDate.now(clock.withZone(ZoneOffset.UTC))
                    .plusDays(offset.toDays())
                    .toString());
        }
        return TextNode.valueOf(IsoDates.text(Instant.now(clock).plus(offset).truncatedTo(ChronoUnit.SECONDS)));
    }
}
