package io.marketsync.sandbox.aws;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of an {@code Authorization: AWS4-HMAC-SHA256 Credential=AKID/DATE/REGION/SERVICE/aws4_request,
 * SignedHeaders=a;b, Signature=hex} header.
 */
record SigV4Authorization(
        String accessKeyId, String date, String region, String service, List<String> signedHeaders, String signature) {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";

    static SigV4Authorization parse(String header) {
        if (!header.startsWith(ALGORITHM + " ")) {
            throw incomplete("Authorization header requires the " + ALGORITHM + " algorithm.");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : header.substring(ALGORITHM.length() + 1).split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        for (String required : List.of("Credential", "SignedHeaders", "Signature")) {
            if (!parts.containsKey(required) || parts.get(required).isEmpty()) {
                throw incomplete("Authorization header requires '" + required + "' parameter.");
            }
        }
        String[] scope = parts.get("Credential").split("/");
        if (scope.length != 5 || !"aws4_request".equals(scope[4])) {
            throw incomplete("Credential must have exactly 5 slash-delimited elements, e.g. "
                    + "keyid/date/region/service/term, got '" + parts.get("Credential") + "'");
        }
        List<String> signedHeaders =
                Arrays.asList(parts.get("SignedHeaders").toLowerCase().split(";"));
        return new SigV4Authorization(scope[0], scope[1], scope[2], scope[3], signedHeaders, parts.get("Signature"));
    }

    private static AwsApiException incomplete(String message) {
        return new AwsApiException("IncompleteSignatureException", 403, message);
    }
}
