package io.marketsync.sandbox.salesforce;

import io.marketsync.sandbox.salesforce.SoqlQuery.Condition;
import io.marketsync.sandbox.salesforce.SoqlQuery.FieldPath;
import io.marketsync.sandbox.salesforce.SoqlQuery.Literal;
import io.marketsync.sandbox.salesforce.SoqlQuery.OrderItem;
import io.marketsync.sandbox.salesforce.SoqlToken.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A recursive-descent parser for the SOQL subset: {@code SELECT fields|COUNT() FROM object
 * [WHERE condition] [ORDER BY field [ASC|DESC] [NULLS FIRST|LAST], ...] [LIMIT n] [OFFSET n]}.
 * As in Salesforce, AND and OR can't be mixed at one level without parentheses.
 */
final class SoqlParser {

    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS][.SS][.S]XXX");
    private static final DateTimeFormatter DATETIME_COMPACT_OFFSET =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS][.SS][.S]xx");
    private static final Map<String, Integer> DATE_FUNCTIONS = Map.of("TODAY", 0, "YESTERDAY", -1, "TOMORROW", 1);

    private final String soql;
    private final List<SoqlToken> tokens;
    private int position;

    private SoqlParser(String soql) {
        this.soql = soql;
        this.tokens = SoqlLexer.tokenize(soql);
    }

    static SoqlQuery parse(String soql) {
        return new SoqlParser(soql).query();
    }

    private SoqlQuery query() {
        expectKeyword("SELECT");
        boolean count = false;
        List<FieldPath> fields = new ArrayList<>();
        if (peek().isKeyword("COUNT") && tokens.get(position + 1).kind() == Kind.OPEN) {
            next();
            expect(Kind.OPEN);
            expect(Kind.CLOSE);
            count = true;
        } else {
            do {
                fields.add(fieldPath());
            } while (accept(Kind.COMMA));
        }
        expectKeyword("FROM");
        SoqlToken from = expect(Kind.IDENTIFIER);
        Condition where = acceptKeyword("WHERE") ? condition() : null;
        List<OrderItem> orderBy = new ArrayList<>();
        if (acceptKeyword("ORDER")) {
            expectKeyword("BY");
            do {
                orderBy.add(orderItem());
            } while (accept(Kind.COMMA));
        }
        Integer limit = acceptKeyword("LIMIT") ? nonNegativeInteger() : null;
        Integer offset = acceptKeyword("OFFSET") ? nonNegativeInteger() : null;
        if (peek().kind() != Kind.END) {
            throw SoqlException.unexpected(soql, peek().offset(), peek().text());
        }
        return new SoqlQuery(soql, fields, count, from.text(), from.offset(), where, orderBy, limit, offset);
    }

    private OrderItem orderItem() {
        FieldPath field = fieldPath();
        boolean descending = false;
        if (acceptKeyword("DESC")) {
            descending = true;
        } else {
            acceptKeyword("ASC");
        }
        boolean nullsFirst = !descending;
        if (acceptKeyword("NULLS")) {
            if (acceptKeyword("FIRST")) {
                nullsFirst = true;
            } else {
                expectKeyword("LAST");
                nullsFirst = false;
            }
        }
        return new OrderItem(field, descending, nullsFirst);
    }

    private Condition condition() {
        Condition first = unary();
        String joiner = peek().isKeyword("AND") ? "AND" : peek().isKeyword("OR") ? "OR" : null;
        if (joiner == null) {
            return first;
        }
        List<Condition> terms = new ArrayList<>(List.of(first));
        while (acceptKeyword(joiner)) {
            terms.add(unary());
        }
        String other = joiner.equals("AND") ? "OR" : "AND";
        if (peek().isKeyword(other)) {
            // Salesforce refuses "a AND b OR c": the grouping must be explicit.
            throw SoqlException.unexpected(soql, peek().offset(), peek().text());
        }
        return joiner.equals("AND") ? new SoqlQuery.And(terms) : new SoqlQuery.Or(terms);
    }

    private Condition unary() {
        if (acceptKeyword("NOT")) {
            return new SoqlQuery.Not(unary());
        }
        if (accept(Kind.OPEN)) {
            Condition inner = condition();
            expect(Kind.CLOSE);
            return inner;
        }
        FieldPath field = fieldPath();
        if (acceptKeyword("LIKE")) {
            return new SoqlQuery.Like(field, expect(Kind.STRING).text());
        }
        boolean negated = acceptKeyword("NOT");
        if (acceptKeyword("IN")) {
            expect(Kind.OPEN);
            List<Literal> values = new ArrayList<>();
            do {
                values.add(literal());
            } while (accept(Kind.COMMA));
            expect(Kind.CLOSE);
            return new SoqlQuery.InList(field, negated, values);
        }
        if (negated) {
            throw SoqlException.unexpected(soql, peek().offset(), peek().text());
        }
        SoqlToken operator = expect(Kind.OPERATOR);
        String op = operator.text().equals("<>") ? "!=" : operator.text();
        return new SoqlQuery.Comparison(field, op, literal());
    }

    private Literal literal() {
        SoqlToken token = next();
        int at = token.offset();
        try {
            return switch (token.kind()) {
                case STRING -> new SoqlQuery.Text(token.text(), at);
                case NUMBER -> new SoqlQuery.Number(new BigDecimal(token.text()), at);
                case DATE -> new SoqlQuery.DateValue(LocalDate.parse(token.text()), at);
                case DATETIME -> new SoqlQuery.DateTimeValue(dateTime(token.text()), at);
                case IDENTIFIER -> keywordLiteral(token);
                default -> throw SoqlException.unexpected(soql, at, token.text());
            };
        } catch (DateTimeParseException e) {
            throw new SoqlException(
                    soql, at, "line 1:" + at + " no viable alternative at character '" + token.text() + "'");
        }
    }

    private Literal keywordLiteral(SoqlToken token) {
        String word = token.upper();
        if (word.equals("NULL")) {
            return new SoqlQuery.Null(token.offset());
        }
        if (word.equals("TRUE") || word.equals("FALSE")) {
            return new SoqlQuery.Bool(word.equals("TRUE"), token.offset());
        }
        Integer days = DATE_FUNCTIONS.get(word);
        if (days != null) {
            return new SoqlQuery.DateFunction(word, days, token.offset());
        }
        throw SoqlException.unexpected(soql, token.offset(), token.text());
    }

    private static Instant dateTime(String text) {
        String normalised = text.endsWith("Z") ? text.substring(0, text.length() - 1) + "+00:00" : text;
        try {
            return OffsetDateTime.parse(normalised, DATETIME).toInstant();
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(normalised, DATETIME_COMPACT_OFFSET).toInstant();
        }
    }

    private FieldPath fieldPath() {
        SoqlToken token = expect(Kind.IDENTIFIER);
        if (token.text().startsWith(".")
                || token.text().endsWith(".")
                || token.text().contains("..")) {
            throw SoqlException.unexpected(soql, token.offset(), token.text());
        }
        return new FieldPath(Arrays.asList(token.text().split("\\.")), token.offset());
    }

    private int nonNegativeInteger() {
        SoqlToken token = expect(Kind.NUMBER);
        if (token.text().contains(".") || token.text().startsWith("-")) {
            throw SoqlException.unexpected(soql, token.offset(), token.text());
        }
        return Integer.parseInt(token.text());
    }

    private SoqlToken peek() {
        return tokens.get(position);
    }

    private SoqlToken next() {
        SoqlToken token = tokens.get(position);
        if (token.kind() != Kind.END) {
            position++;
        }
        return token;
    }

    private boolean accept(Kind kind) {
        if (peek().kind() == kind) {
            position++;
            return true;
        }
        return false;
    }

    private boolean acceptKeyword(String keyword) {
        if (peek().isKeyword(keyword)) {
            position++;
            return true;
        }
        return false;
    }

    private SoqlToken expect(Kind kind) {
        SoqlToken token = peek();
        if (token.kind() != kind) {
            throw SoqlException.unexpected(soql, token.offset(), token.text());
        }
        return next();
    }

    private void expectKeyword(String keyword) {
        SoqlToken token = peek();
        if (!token.isKeyword(keyword)) {
            throw SoqlException.unexpected(soql, token.offset(), token.text());
        }
        position++;
    }
}
