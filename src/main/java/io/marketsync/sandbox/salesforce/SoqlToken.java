package io.marketsync.sandbox.salesforce;

import java.util.Locale;

/** One lexical token of a SOQL statement, with its offset for error messages. */
record SoqlToken(Kind kind, String text, int offset) {

    enum Kind {
        IDENTIFIER,
        STRING,
        NUMBER,
        DATE,
        DATETIME,
        COMMA,
        OPEN,
        CLOSE,
        COLON,
        OPERATOR,
        END
    }

    boolean isKeyword(String keyword) {
        return kind == Kind.IDENTIFIER && text.equalsIgnoreCase(keyword);
    }

    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }
}
