package io.marketsync.sandbox.salesforce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.sun.net.httpserver.HttpExchange;
import io.marketsync.sandbox.SimHttp;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * One authenticated REST call: the exchange, the API version, the user behind the token and the
 * path below {@code /services/data/vXX.X/}, split into URL-decoded segments.
 */
record RestCall(HttpExchange exchange, String version, String userId, List<String> segments) {

    String method() {
        return exchange.getRequestMethod();
    }

    String segment(int index) {
        return index < segments.size() ? segments.get(index) : null;
    }

    /** The change origin CDC events of this call carry, with the client named in Sforce-Call-Options. */
    String changeOrigin() {
        String origin = "com/salesforce/api/rest/" + version;
        String options = exchange.getRequestHeaders().getFirst("Sforce-Call-Options");
        if (options != null) {
            for (String option : options.split(",")) {
                if (option.trim().startsWith("client=")) {
                    return origin + ";client=" + option.trim().substring("client=".length());
                }
            }
        }
        return origin;
    }

    /** The JSON object of the request body; malformed JSON is Salesforce's JSON_PARSER_ERROR. */
    Map<String, Object> bodyObject() throws IOException {
        return parse(new TypeReference<>() {});
    }

    <T> T parse(TypeReference<T> type) throws IOException {
        byte[] body = SimHttp.body(exchange);
        try {
            return SimHttp.JSON.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "JSON_PARSER_ERROR", e.getOriginalMessage());
        }
    }

    boolean versionAtLeast(double minimum) {
        return Double.parseDouble(version) >= minimum;
    }

    String sobjectUrl(String sobject, String id) {
        return "/services/data/v" + version + "/sobjects/" + sobject + "/" + id;
    }
}
