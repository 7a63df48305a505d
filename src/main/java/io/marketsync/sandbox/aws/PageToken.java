package io.marketsync.sandbox.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.marketsync.sandbox.SimHttp;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque paging tokens. A token holds the offset of the next page and a fingerprint of the query it belongs
 * to, so a token that was altered or reused with other filters is refused, as AWS refuses it.
 */
final class PageToken {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private PageToken() {}

    /** Members are compared in name order: clients may send them in any order from page to page. */
    private static final ObjectMapper CANONICAL =
            SimHttp.JSON.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /** The fingerprint of a request without its paging members. */
    static String fingerprint(JsonNode request, List<String> pagingMembers) {
        ObjectNode query = request.deepCopy();
        pagingMembers.forEach(query::remove);
        try {
            String canonical = CANONICAL.writeValueAsString(CANONICAL.treeToValue(query, Object.class));
            return Integer.toHexString(canonical.hashCode());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(int offset, String fingerprint) {
        return ENCODER.encodeToString(("p1." + offset + "." + fingerprint).getBytes(StandardCharsets.US_ASCII));
    }

    /** The offset in a token, or {@code -1} when the token is not one this query handed out. */
    static int decode(String token, String fingerprint) {
        try {
            String[] parts = new String(DECODER.decode(token), StandardCharsets.US_ASCII).split("\\.");
            if (parts.length != 3 || !parts[0].equals("p1") || !parts[2].equals(fingerprint)) {
                return -1;
            }
            int offset = Integer.parseInt(parts[1]);
            return offset > 0 ? offset : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
