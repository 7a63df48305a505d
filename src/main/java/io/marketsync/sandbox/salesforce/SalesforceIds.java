package io.marketsync.sandbox.salesforce;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes 18-character Salesforce record ids: a 3-character key prefix, a 12-character body and the
 * 3-character case-safe suffix Salesforce derives from the upper-case letters of the first 15.
 */
public final class SalesforceIds {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String SUFFIX_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    private final String pod;
    private final AtomicLong sequence = new AtomicLong();

    /** @param pod two characters that keep ids of different orgs apart, as an instance's pod does */
    public SalesforceIds(String pod) {
        if (pod.length() != 2) {
            throw new IllegalArgumentException("pod must be two characters");
        }
        this.pod = pod;
    }

    public String next(String keyPrefix) {
        return of(keyPrefix, pod, sequence.incrementAndGet());
    }

    /** The id with this prefix, pod and sequence number. */
    public static String of(String keyPrefix, String pod, long number) {
        StringBuilder body = new StringBuilder();
        for (long n = number; n > 0; n /= 62) {
            body.insert(0, BASE62.charAt((int) (n % 62)));
        }
        while (body.length() < 10) {
            body.insert(0, '0');
        }
        return withSuffix(keyPrefix + pod + body);
    }

    /** The 18-character form of a 15-character id. */
    public static String withSuffix(String id15) {
        if (id15.length() != 15) {
            throw new IllegalArgumentException("a Salesforce id has 15 characters before its suffix: " + id15);
        }
        StringBuilder id = new StringBuilder(id15);
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = 0;
            for (int i = 0; i < 5; i++) {
                char c = id15.charAt(chunk * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    bits |= 1 << i;
                }
            }
            id.append(SUFFIX_CHARS.charAt(bits));
        }
        return id.toString();
    }

    /** Whether {@code value} looks like an 18-character id with a correct suffix. */
    public static boolean isValid(String value) {
        return value != null
                && value.length() == 18
                && value.chars().allMatch(c -> BASE62.indexOf(c) >= 0)
                && withSuffix(value.substring(0, 15)).equals(value);
    }
}
