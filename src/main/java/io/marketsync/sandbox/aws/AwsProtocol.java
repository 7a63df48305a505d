package io.marketsync.sandbox.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.marketsync.sandbox.SimHttp;
import java.io.IOException;
import java.util.Set;

/**
 * Writes results and errors the way each API's protocol does. restJson1 (Catalog): the error name in the
 * {@code x-amzn-ErrorType} header and {@code {"Message": ...}} in the body, the member the model defines.
 * awsJson1_0 (Agreement): {@code {"__type": "namespace#Name", "message": ...}}. Authentication errors come
 * from the service front end, whose restJson body uses {@code message}.
 */
final class AwsProtocol {

    static final String AWS_JSON_1_0 = "application/x-amz-json-1.0";

    private static final String AGREEMENT_NAMESPACE = "com.amazonaws.marketplaceagreement#";
    private static final String FRONT_END_NAMESPACE = "com.amazon.coral.service#";
    private static final String CATALOG_ERROR_TYPE_SUFFIX =
            ":http://internal.amazon.com/coral/com.amazon.aws.marketplace.catalog/";
    private static final Set<String> FRONT_END_ERRORS = Set.of(
            "MissingAuthenticationTokenException",
            "IncompleteSignatureException",
            "InvalidSignatureException",
            "UnrecognizedClientException",
            "UnknownOperationException",
            "SerializationException");

    private AwsProtocol() {}

    static void sendResult(HttpExchange exchange, Api api, String requestId, JsonNode result) throws IOException {
        exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
        byte[] body = SimHttp.JSON.writeValueAsBytes(result);
        SimHttp.send(exchange, 200, api == Api.CATALOG ? "application/json" : AWS_JSON_1_0, body);
    }

    static void sendError(HttpExchange exchange, Api api, String requestId, AwsApiException error) throws IOException {
        exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
        boolean frontEnd = FRONT_END_ERRORS.contains(error.errorType());
        ObjectNode body = SimHttp.JSON.createObjectNode();
        if (api == Api.CATALOG) {
            exchange.getResponseHeaders()
                    .set("x-amzn-ErrorType", error.errorType() + (frontEnd ? "" : CATALOG_ERROR_TYPE_SUFFIX));
            body.put(frontEnd ? "message" : "Message", error.getMessage());
            SimHttp.send(exchange, error.status(), "application/json", SimHttp.JSON.writeValueAsBytes(body));
            return;
        }
        body.put("__type", (frontEnd ? FRONT_END_NAMESPACE : AGREEMENT_NAMESPACE) + error.errorType());
        body.put("message", error.getMessage());
        if (!frontEnd) {
            body.put("requestId", requestId);
            error.members().forEach(body::put);
        }
        SimHttp.send(exchange, error.status(), AWS_JSON_1_0, SimHttp.JSON.writeValueAsBytes(body));
    }
}
