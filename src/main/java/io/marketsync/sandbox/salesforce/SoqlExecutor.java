package io.marketsync.sandbox.salesforce;

import io.marketsync.salesforce.metadata.FieldDef;
import io.marketsync.salesforce.metadata.FieldType;
import io.marketsync.salesforce.metadata.ObjectDef;
import io.marketsync.sandbox.salesforce.SoqlQuery.Condition;
import io.marketsync.sandbox.salesforce.SoqlQuery.FieldPath;
import io.marketsync.sandbox.salesforce.SoqlQuery.Literal;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs a parsed SOQL query against the org: resolves fields and relationships against the schema
 * (with Salesforce's INVALID_TYPE / INVALID_FIELD errors), filters, sorts, applies OFFSET and
 * LIMIT, and shapes records as the REST API returns them.
 */
final class SoqlExecutor {

    private final SimulatedOrg org;
    private final Clock clock;

    SoqlExecutor(SimulatedOrg org, Clock clock) {
        this.org = org;
        this.clock = clock;
    }

    /** The rows of a query: {@code totalSize} and, unless it is COUNT(), the records. */
    record Result(int totalSize, List<Map<String, Object>> records) {}

    Result run(SoqlQuery query, boolean includeDeleted, String apiVersion) {
        ObjectDef object = org.object(query.from())
                .filter(o -> !o.platformEvent())
                .orElseThrow(() -> new SoqlException(
                        "INVALID_TYPE",
                        query.soql(),
                        query.fromOffset(),
                        "sObject type '" + query.from() + "' is not supported. If you are attempting to use a custom"
                                + " object, be sure to append the '__c' after the entity name. Please reference your WSDL"
                                + " or the describe call for the appropriate names."));
        Resolver resolver = new Resolver(query.soql(), object);
        query.fields().forEach(resolver::resolve);
        query.orderBy().forEach(o -> resolver.resolve(o.field()));
        if (query.where() != null) {
            checkTypes(query.where(), resolver);
        }
        return org.read(store -> {
            RowReader reader = new RowReader(org, store, resolver);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map<String, Object> row : store.rows(object, includeDeleted)) {
                if (query.where() == null || matches(query.where(), row, reader)) {
                    rows.add(row);
                }
            }
            if (!query.orderBy().isEmpty()) {
                rows.sort(ordering(query.orderBy(), reader));
            }
            int from = Math.min(query.offset() == null ? 0 : query.offset(), rows.size());
            int to = query.limit() == null ? rows.size() : Math.min(rows.size(), from + query.limit());
            List<Map<String, Object>> page = rows.subList(from, to);
            if (query.count()) {
                return new Result(page.size(), List.of());
            }
            List<Map<String, Object>> records = new ArrayList<>();
            for (Map<String, Object> row : page) {
                records.add(reader.project(object, row, query.fields(), apiVersion));
            }
            return new Result(records.size(), records);
        });
    }

    private boolean matches(Condition condition, Map<String, Object> row, RowReader reader) {
        if (condition instanceof SoqlQuery.And and) {
            return and.terms().stream().allMatch(t -> matches(t, row, reader));
        }
        if (condition instanceof SoqlQuery.Or or) {
            return or.terms().stream().anyMatch(t -> matches(t, row, reader));
        }
        if (condition instanceof SoqlQuery.Not not) {
            return !matches(not.term(), row, reader);
        }
        if (condition instanceof SoqlQuery.Like like) {
            Object value = reader.value(row, like.field());
            return value != null
                    && likePattern(like.pattern()).matcher(value.toString()).matches();
        }
        if (condition instanceof SoqlQuery.InList in) {
            Object value = reader.value(row, in.field());
            FieldDef field = reader.resolver.resolve(in.field());
            boolean any = in.values().stream().anyMatch(l -> compare(field, value, "=", l));
            return in.negated() != any;
        }
        SoqlQuery.Comparison comparison = (SoqlQuery.Comparison) condition;
        FieldDef field = reader.resolver.resolve(comparison.field());
        return compare(field, reader.value(row, comparison.field()), comparison.operator(), comparison.value());
    }

    private boolean compare(FieldDef field, Object value, String operator, Literal literal) {
        if (literal instanceof SoqlQuery.Null) {
            return operator.equals("=") ? value == null : operator.equals("!=") && value != null;
        }
        if (value == null) {
            return operator.equals("!=");
        }
        if (literal instanceof SoqlQuery.DateFunction day && field.type() == FieldType.DATETIME) {
            LocalDate date = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(day.daysFromToday());
            Instant start = date.atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant instant = FieldValues.parseDateTime(value.toString());
            int cmp = instant.isBefore(start) ? -1 : instant.isBefore(start.plusSeconds(86_400)) ? 0 : 1;
            return test(cmp, operator);
        }
        return test(compareValues(value, literalValue(literal)), operator);
    }

    private Object literalValue(Literal literal) {
        if (literal instanceof SoqlQuery.Text text) {
            return text.value();
        }
        if (literal instanceof SoqlQuery.Number number) {
            return number.value();
        }
        if (literal instanceof SoqlQuery.Bool bool) {
            return bool.value();
        }
        if (literal instanceof SoqlQuery.DateValue date) {
            return date.value().toString();
        }
        if (literal instanceof SoqlQuery.DateTimeValue dateTime) {
            return FieldValues.formatDateTime(dateTime.value());
        }
        SoqlQuery.DateFunction day = (SoqlQuery.DateFunction) literal;
        return LocalDate.now(clock.withZone(ZoneOffset.UTC))
                .plusDays(day.daysFromToday())
                .toString();
    }

    private static boolean test(int cmp, String operator) {
        return switch (operator) {
            case "=" -> cmp == 0;
            case "!=" -> cmp != 0;
            case "<" -> cmp < 0;
            case ">" -> cmp > 0;
            case "<=" -> cmp <= 0;
            default -> cmp >= 0;
        };
    }

    /** Numbers by value, booleans false-first, text case-insensitively (dates sort as ISO text). */
    static int compareValues(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return Boolean.compare(x, y);
        }
        return a.toString().compareToIgnoreCase(b.toString());
    }

    private static Comparator<Map<String, Object>> ordering(List<SoqlQuery.OrderItem> items, RowReader reader) {
        Comparator<Map<String, Object>> ordering = null;
        for (SoqlQuery.OrderItem item : items) {
            Comparator<Object> ascending = SoqlExecutor::compareValues;
            Comparator<Object> values = item.descending() ? ascending.reversed() : ascending;
            Comparator<Object> withNulls =
                    item.nullsFirst() ? Comparator.nullsFirst(values) : Comparator.nullsLast(values);
            Comparator<Map<String, Object>> byItem =
                    Comparator.comparing(row -> reader.value(row, item.field()), withNulls);
            ordering = ordering == null ? byItem : ordering.thenComparing(byItem);
        }
        return ordering;
    }

    private static Pattern likePattern(String like) {
        StringBuilder regex = new StringBuilder();
        for (char c : like.toCharArray()) {
            regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }

    /** Refuses filter values of the wrong type, as Salesforce does before running the query. */
    private static void checkTypes(Condition condition, Resolver resolver) {
        if (condition instanceof SoqlQuery.And and) {
            and.terms().forEach(t -> checkTypes(t, resolver));
        } else if (condition instanceof SoqlQuery.Or or) {
            or.terms().forEach(t -> checkTypes(t, resolver));
        } else if (condition instanceof SoqlQuery.Not not) {
            checkTypes(not.term(), resolver);
        } else if (condition instanceof SoqlQuery.Like like) {
            FieldDef field = resolver.resolve(like.field());
            if (!field.type().isText()
                    && field.type() != FieldType.ID
                    && !field.type().isReference()) {
                throw new SoqlException(
                        "INVALID_FIELD",
                        resolver.soql,
                        like.field().offset(),
                        "invalid operator on " + field.type().describeType() + " field: " + field.name());
            }
        } else if (condition instanceof SoqlQuery.InList in) {
            FieldDef field = resolver.resolve(in.field());
            in.values().forEach(v -> checkLiteral(field, v, resolver.soql));
        } else {
            SoqlQuery.Comparison comparison = (SoqlQuery.Comparison) condition;
            checkLiteral(resolver.resolve(comparison.field()), comparison.value(), resolver.soql);
        }
    }

    private static void checkLiteral(FieldDef field, Literal literal, String soql) {
        if (literal instanceof SoqlQuery.Null) {
            return;
        }
        FieldType type = field.type();
        boolean ok;
        String expected;
        if (type.isNumeric()) {
            ok = literal instanceof SoqlQuery.Number;
            expected = "must be of type " + type.describeType() + " and should not be enclosed in quotes";
        } else if (type == FieldType.CHECKBOX) {
            ok = literal instanceof SoqlQuery.Bool;
            expected = "must be of type boolean and should not be enclosed in quotes";
        } else if (type == FieldType.DATE) {
            ok = literal instanceof SoqlQuery.DateValue || literal instanceof SoqlQuery.DateFunction;
            expected = "must be of type date and should not be enclosed in quotes";
        } else if (type == FieldType.DATETIME) {
            ok = literal instanceof SoqlQuery.DateTimeValue || literal instanceof SoqlQuery.DateFunction;
            expected = "must be of type dateTime and should not be enclosed in quotes";
        } else {
            ok = literal instanceof SoqlQuery.Text;
            expected = "must be of type string and should be enclosed in quotes";
        }
        if (!ok) {
            throw new SoqlException(
                    "INVALID_FIELD",
                    soql,
                    literal.offset(),
                    "value of filter criterion for field '" + field.name() + "' " + expected);
        }
    }

    /** Resolves field paths like {@code Account__r.Name} against the schema, remembering the results. */
    private final class Resolver {
        private final String soql;
        private final ObjectDef root;
        private final Map<FieldPath, List<FieldDef>> resolved = new LinkedHashMap<>();

        Resolver(String soql, ObjectDef root) {
            this.soql = soql;
            this.root = root;
        }

        FieldDef resolve(FieldPath path) {
            List<FieldDef> steps = resolved.get(path);
            if (steps == null) {
                steps = walk(path);
                resolved.put(path, steps);
            }
            return steps.get(steps.size() - 1);
        }

        /** The reference fields crossed, then the leaf field. */
        List<FieldDef> steps(FieldPath path) {
            resolve(path);
            return resolved.get(path);
        }

        private List<FieldDef> walk(FieldPath path) {
            List<String> segments = path.segments();
            int start = segments.size() > 1 && segments.get(0).equalsIgnoreCase(root.name()) ? 1 : 0;
            ObjectDef current = root;
            List<FieldDef> steps = new ArrayList<>();
            for (int i = start; i < segments.size() - 1; i++) {
                String relationship = segments.get(i);
                FieldDef reference = current.relationship(relationship)
                        .orElseThrow(() -> new SoqlException(
                                "INVALID_FIELD",
                                soql,
                                path.offset(),
                                "Didn't understand relationship '" + relationship + "' in field path. If you are"
                                        + " attempting to use a custom relationship, be sure to append the '__r' after the"
                                        + " custom relationship name. Please reference your WSDL or the describe call for"
                                        + " the appropriate names."));
                steps.add(reference);
                current = org.object(reference.referenceTo()).orElseThrow();
            }
            String name = segments.get(segments.size() - 1);
            ObjectDef owner = current;
            steps.add(owner.field(name)
                    .orElseThrow(() -> new SoqlException(
                            "INVALID_FIELD",
                            soql,
                            path.offset(),
                            "No such column '" + name + "' on entity '" + owner.name() + "'. If you are attempting to"
                                    + " use a custom field, be sure to append the '__c' after the custom field name. Please"
                                    + " reference your WSDL or the describe call for the appropriate names.")));
            return steps;
        }
    }

    /** Reads values through relationships and shapes result records. */
    private static final class RowReader {
        private final SimulatedOrg org;
        private final OrgStore store;
        private final Resolver resolver;

        RowReader(SimulatedOrg org, OrgStore store, Resolver resolver) {
            this.org = org;
            this.store = store;
            this.resolver = resolver;
        }

        Object value(Map<String, Object> row, FieldPath path) {
            Map<String, Object> current = row;
            List<FieldDef> steps = resolver.steps(path);
            for (int i = 0; i < steps.size() - 1 && current != null; i++) {
                current = parent(steps.get(i), current);
            }
            return current == null
                    ? null
                    : current.get(steps.get(steps.size() - 1).name());
        }

        private Map<String, Object> parent(FieldDef reference, Map<String, Object> row) {
            Object id = row.get(reference.name());
            if (id == null) {
                return null;
            }
            ObjectDef parent = org.object(reference.referenceTo()).orElseThrow();
            return store.get(parent, id.toString()).orElse(null);
        }

        Map<String, Object> project(
                ObjectDef object, Map<String, Object> row, List<FieldPath> fields, String apiVersion) {
            Map<String, Object> record = shell(object, row, apiVersion);
            for (FieldPath path : fields) {
                List<FieldDef> steps = resolver.steps(path);
                Map<String, Object> target = record;
                Map<String, Object> source = row;
                for (int i = 0; i < steps.size() - 1 && target != null; i++) {
                    FieldDef reference = steps.get(i);
                    Map<String, Object> parentRow = source == null ? null : parent(reference, source);
                    String key = reference.relationshipName();
                    if (parentRow == null) {
                        target.putIfAbsent(key, null);
                        target = null;
                    } else {
                        ObjectDef parentObject =
                                org.object(reference.referenceTo()).orElseThrow();
                        @SuppressWarnings("unchecked")
                        Map<String, Object> nested = (Map<String, Object>) target.get(key);
                        if (nested == null) {
                            nested = shell(parentObject, parentRow, apiVersion);
                            target.put(key, nested);
                        }
                        target = nested;
                        source = parentRow;
                    }
                }
                if (target != null) {
                    FieldDef leaf = steps.get(steps.size() - 1);
                    target.put(leaf.name(), source.get(leaf.name()));
                }
            }
            return record;
        }

        private static Map<String, Object> shell(ObjectDef object, Map<String, Object> row, String apiVersion) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put(
                    "attributes",
                    Map.of(
                            "type",
                            object.name(),
                            "url",
                            "/services/data/v" + apiVersion + "/sobjects/" + object.name() + "/" + row.get("Id")));
            return record;
        }
    }
}
