package io.marketsync.mapping;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Named text transforms, applied in the order listed before the value map and type conversion. */
enum Transform {
    LOWERCASE("lowercase") {
        @Override
        String apply(String s) {
            return s.toLowerCase(Locale.ROOT);
        }
    },
    UPPERCASE("uppercase") {
        @Override
        String apply(String s) {
            return s.toUpperCase(Locale.ROOT);
        }
    },
    TRIM("trim") {
        @Override
        String apply(String s) {
            return s.strip();
        }
    },
    /** The part after the last '/' or ':': an id out of an ARN or URL. */
    LAST_SEGMENT("lastSegment") {
        @Override
        String apply(String s) {
            return s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf(':')) + 1);
        }
    },
    /** The account id of an ARN ({@code arn:partition:service:region:ACCOUNT:resource}). */
    ARN_ACCOUNT("arnAccount") {
        @Override
        String apply(String s) {
            if (!s.startsWith("arn:")) {
                return "";
            }
            int from = 4;
            for (int field = 0; field < 3 && from > 0; field++) { // skip partition, service, region
                from = s.indexOf(':', from) + 1;
            }
            int end = from > 0 ? s.indexOf(':', from) : -1;
            return end < 0 ? "" : s.substring(from, end);
        }
    };

    private final String yamlName;

    Transform(String yamlName) {
        this.yamlName = yamlName;
    }

    abstract String apply(String s);

    static Transform named(String name) {
        for (Transform t : values()) {
            if (t.yamlName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown transform '" + name + "' (known: " + names() + ")");
    }

    static String names() {
        return Arrays.stream(values()).map(t -> t.yamlName).collect(Collectors.joining(", "));
    }
}
