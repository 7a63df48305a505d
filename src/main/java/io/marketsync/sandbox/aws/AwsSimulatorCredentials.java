package io.marketsync.sandbox.aws;

import java.security.SecureRandom;

/**
 * The one key pair the simulator accepts, made up at each start. Sandbox-only values: they open nothing
 * but this simulator.
 */
public record AwsSimulatorCredentials(String accessKeyId, String secretAccessKey) {

    private static final String KEY_ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String SECRET_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** An {@code AKIA...} id of 20 characters and a 40-character secret, as IAM issues them. */
    public static AwsSimulatorCredentials generate() {
        SecureRandom random = new SecureRandom();
        return new AwsSimulatorCredentials("AKIA" + random(random, KEY_ID_CHARS, 16), random(random, SECRET_CHARS, 40));
    }

    private static String random(SecureRandom random, String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    /** Keeps the secret out of logs and exception messages. */
    @Override
    public String toString() {
        return "AwsSimulatorCredentials[accessKeyId=" + accessKeyId + ", secretAccessKey=****]";
    }
}
