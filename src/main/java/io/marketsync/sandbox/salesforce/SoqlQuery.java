package io.marketsync.sandbox.salesforce;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A parsed SOQL statement of the subset the simulator understands. */
record SoqlQuery(
        String soql,
        List<FieldPath> fields,
        boolean count,
        String from,
        int fromOffset,
        Condition where,
        List<OrderItem> orderBy,
        Integer limit,
        Integer offset) {

    /** A field, or a path through parent relationships such as {@code Account__r.Owner.Name}. */
    record FieldPath(List<String> segments, int offset) {
        String text() {
            return String.join(".", segments);
        }
    }

    record OrderItem(FieldPath field, boolean descending, boolean nullsFirst) {}

    sealed interface Condition permits And, Or, Not, Comparison, InList, Like {}

    record And(List<Condition> terms) implements Condition {}

    record Or(List<Condition> terms) implements Condition {}

    record Not(Condition term) implements Condition {}

    /** {@code field op value}; op is one of = != &lt; &gt; &lt;= &gt;= (with &lt;&gt; normalised to !=). */
    record Comparison(FieldPath field, String operator, Literal value) implements Condition {}

    record InList(FieldPath field, boolean negated, List<Literal> values) implements Condition {}

    record Like(FieldPath field, String pattern) implements Condition {}

    sealed interface Literal permits Text, Number, Bool, Null, DateValue, DateTimeValue, DateFunction {
        int offset();
    }

    record Text(String value, int offset) implements Literal {}

    record Number(BigDecimal value, int offset) implements Literal {}

    record Bool(boolean value, int offset) implements Literal {}

    record Null(int offset) implements Literal {}

    record DateValue(LocalDate value, int offset) implements Literal {}

    record DateTimeValue(Instant value, int offset) implements Literal {}

    /** TODAY, YESTERDAY or TOMORROW: a whole day relative to the current date (UTC). */
    record DateFunction(String name, int daysFromToday, int offset) implements Literal {}
}
