package io.marketsync.sandbox.salesforce;

import io.marketsync.sandbox.salesforce.SoqlToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a SOQL statement into tokens: identifiers (dotted paths included), literals and operators. */
final class SoqlLexer {

    private static final Pattern DATETIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:?\\d{2})");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    private SoqlLexer() {}

    static List<SoqlToken> tokenize(String soql) {
        List<SoqlToken> tokens = new ArrayList<>();
        int i = 0;
        while (i < soql.length()) {
            char c = soql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < soql.length() && isIdentifierPart(soql.charAt(end))) {
                    end++;
                }
                tokens.add(new SoqlToken(Kind.IDENTIFIER, soql.substring(i, end), i));
                i = end;
            } else if (Character.isDigit(c)
                    || (c == '-' && i + 1 < soql.length() && Character.isDigit(soql.charAt(i + 1)))) {
                i = literal(soql, i, tokens);
            } else if (c == '\'') {
                i = string(soql, i, tokens);
            } else if (c == ',' || c == '(' || c == ')' || c == ':') {
                Kind kind = c == ',' ? Kind.COMMA : c == '(' ? Kind.OPEN : c == ')' ? Kind.CLOSE : Kind.COLON;
                tokens.add(new SoqlToken(kind, String.valueOf(c), i));
                i++;
            } else if ("=!<>".indexOf(c) >= 0) {
                String two = i + 1 < soql.length() ? soql.substring(i, i + 2) : "";
                String op = two.equals("!=") || two.equals("<>") || two.equals("<=") || two.equals(">=")
                        ? two
                        : String.valueOf(c);
                if (op.equals("!")) {
                    throw SoqlException.unexpected(soql, i, "!");
                }
                tokens.add(new SoqlToken(Kind.OPERATOR, op, i));
                i += op.length();
            } else {
                throw SoqlException.unexpected(soql, i, String.valueOf(c));
            }
        }
        tokens.add(new SoqlToken(Kind.END, "", soql.length()));
        return tokens;
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    private static int literal(String soql, int start, List<SoqlToken> tokens) {
        boolean negative = soql.charAt(start) == '-';
        int from = negative ? start + 1 : start;
        Matcher m;
        Kind kind;
        if (!negative && (m = match(DATETIME, soql, from)) != null) {
            kind = Kind.DATETIME;
        } else if (!negative && (m = match(DATE, soql, from)) != null) {
            kind = Kind.DATE;
        } else if ((m = match(NUMBER, soql, from)) != null) {
            kind = Kind.NUMBER;
        } else {
            throw SoqlException.unexpected(soql, start, soql.substring(start, start + 1));
        }
        tokens.add(new SoqlToken(kind, soql.substring(start, m.end()), start));
        return m.end();
    }

    private static Matcher match(Pattern pattern, String soql, int from) {
        Matcher m = pattern.matcher(soql).region(from, soql.length());
        return m.lookingAt() ? m : null;
    }

    private static int string(String soql, int start, List<SoqlToken> tokens) {
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (i < soql.length()) {
            char c = soql.charAt(i);
            if (c == '\\' && i + 1 < soql.length()) {
                char next = soql.charAt(i + 1);
                value.append(
                        switch (next) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            default -> next;
                        });
                i += 2;
            } else if (c == '\'') {
                tokens.add(new SoqlToken(Kind.STRING, value.toString(), start));
                return i + 1;
            } else {
                value.append(c);
                i++;
            }
        }
        throw new SoqlException(soql, start, "line 1:" + start + " mismatched character '<EOF>' expecting '''");
    }
}
