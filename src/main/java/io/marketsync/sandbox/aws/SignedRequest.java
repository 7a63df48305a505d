package io.marketsync.sandbox.aws;

import com.sun.net.httpserver.Headers;
import java.util.List;

/** One received API request, body already read, as the SigV4 check and the operations need it. */
record SignedRequest(String method, String rawPath, String rawQuery, Headers headers, byte[] body) {

    String header(String name) {
        return headers.getFirst(name);
    }

    List<String> headerValues(String name) {
        List<String> values = headers.get(name);
        return values == null ? List.of() : values;
    }
}
