package io.marketsync.sandbox.salesforce;

/**
 * A SOQL statement Salesforce refuses: {@code MALFORMED_QUERY}, {@code INVALID_FIELD} or
 * {@code INVALID_TYPE}, with Salesforce's message layout (the statement, a caret under the
 * offending position, {@code ERROR at Row:R:Column:C}, then the problem).
 */
final class SoqlException extends RuntimeException {

    private final String errorCode;

    SoqlException(String soql, int offset, String problem) {
        this("MALFORMED_QUERY", soql, offset, problem);
    }

    SoqlException(String errorCode, String soql, int offset, String problem) {
        super(format(soql, offset, problem));
        this.errorCode = errorCode;
    }

    String errorCode() {
        return errorCode;
    }

    static SoqlException unexpected(String soql, int offset, String token) {
        return new SoqlException(
                soql, offset, token.isEmpty() ? "unexpected token: <EOF>" : "unexpected token: " + token);
    }

    private static String format(String soql, int offset, String problem) {
        int row = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(offset, soql.length()); i++) {
            if (soql.charAt(i) == '\n') {
                row++;
                lineStart = i + 1;
            }
        }
        int lineEnd = soql.indexOf('\n', lineStart);
        String line = soql.substring(lineStart, lineEnd < 0 ? soql.length() : lineEnd);
        int column = offset - lineStart + 1;
        return "\n" + line + "\n" + " ".repeat(column - 1) + "^\nERROR at Row:" + row + ":Column:" + column + "\n"
                + problem;
    }
}
