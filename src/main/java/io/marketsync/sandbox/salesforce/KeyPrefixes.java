package io.marketsync.sandbox.salesforce;

import io.marketsync.salesforce.metadata.ObjectDef;
import io.marketsync.salesforce.metadata.OrgSchema;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The three-character key prefix of each object's record ids: Salesforce's own for standard
 * objects (001 Account, 006 Opportunity...), {@code a00}, {@code a01}... for custom objects and
 * {@code e00}... for platform events, in schema order.
 */
public final class KeyPrefixes {

    private static final Map<String, String> STANDARD = Map.of(
            "account", "001",
            "contact", "003",
            "opportunity", "006",
            "lead", "00Q",
            "quote", "0Q0",
            "user", "005",
            "case", "500",
            "product2", "01t",
            "pricebook2", "01s");
    private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final Map<String, String> byObject = new LinkedHashMap<>();

    public KeyPrefixes(OrgSchema schema) {
        int custom = 0;
        int events = 0;
        int otherStandard = 0;
        for (ObjectDef object : schema.objects()) {
            String key = object.name().toLowerCase(Locale.ROOT);
            String prefix;
            if (STANDARD.containsKey(key)) {
                prefix = STANDARD.get(key);
            } else if (object.platformEvent()) {
                prefix = "e" + twoDigits(events++);
            } else if (object.custom()) {
                prefix = "a" + twoDigits(custom++);
            } else {
                prefix = "0X" + DIGITS.charAt(otherStandard++ % DIGITS.length());
            }
            byObject.put(key, prefix);
        }
    }

    public String of(String sobject) {
        String prefix = byObject.get(sobject.toLowerCase(Locale.ROOT));
        if (prefix == null) {
            throw new IllegalArgumentException("no object " + sobject + " in the org");
        }
        return prefix;
    }

    /** The object whose ids start with the prefix of {@code id}. */
    public Optional<String> objectOf(String id) {
        if (id == null || id.length() < 3) {
            return Optional.empty();
        }
        String prefix = id.substring(0, 3);
        return byObject.entrySet().stream()
                .filter(e -> e.getValue().equals(prefix))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static String twoDigits(int n) {
        return "" + DIGITS.charAt(n / DIGITS.length() % DIGITS.length()) + DIGITS.charAt(n % DIGITS.length());
    }
}
