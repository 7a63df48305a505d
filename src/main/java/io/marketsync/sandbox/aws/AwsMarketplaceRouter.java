package io.marketsync.sandbox.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.marketsync.sandbox.SimHttp;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves both APIs on one port: a request with {@code X-Amz-Target} on {@code /} is an Agreement call, a
 * request on {@code /<Operation>} a Catalog call. Each call is counted, then checked in AWS's order:
 * signature, rate, injected faults, and only then answered.
 */
final class AwsMarketplaceRouter implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AwsMarketplaceRouter.class);

    private final AwsMarketplaceState state;
    private final SigV4Verifier verifier;
    private final RequestThrottle throttle;
    private final AwsFaults faults;
    private final CatalogApi catalog;
    private final AgreementApi agreements;
    private final AwsAdminApi admin;

    AwsMarketplaceRouter(
            AwsMarketplaceState state, SigV4Verifier verifier, RequestThrottle throttle, AwsFaults faults) {
        this.state = state;
        this.verifier = verifier;
        this.throttle = throttle;
        this.faults = faults;
        this.catalog = new CatalogApi(state);
        this.agreements = new AgreementApi(state);
        this.admin = new AwsAdminApi(state, faults, throttle);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getPath().startsWith(AwsAdminApi.PREFIX)) {
            admin.handle(exchange);
            return;
        }
        String requestId = UUID.randomUUID().toString();
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        Api api = target != null ? Api.AGREEMENT : Api.CATALOG;
        try {
            SignedRequest request = new SignedRequest(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders(),
                    SimHttp.body(exchange));
            Operation operation = resolve(request, target);
            state.recordCall(operation.operationName());
            verifier.verify(request);
            if (!throttle.tryAcquire()) {
                throw AwsApiException.throttling();
            }
            Optional<AwsApiException> fault = faults.take(operation);
            if (fault.isPresent()) {
                throw fault.get();
            }
            AwsProtocol.sendResult(exchange, api, requestId, answer(operation, request));
        } catch (AwsApiException e) {
            AwsProtocol.sendError(exchange, api, requestId, e);
        } catch (JsonProcessingException e) {
            AwsProtocol.sendError(
                    exchange,
                    api,
                    requestId,
                    api == Api.CATALOG
                            ? AwsApiException.validation(api, "The request body is not valid JSON.", null)
                            : new AwsApiException(
                                    "SerializationException", 400, "The request body is not valid JSON."));
        } catch (RuntimeException e) {
            LOG.warn("AWS simulator failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            AwsProtocol.sendError(exchange, api, requestId, AwsApiException.internal(api));
        }
    }

    private static Operation resolve(SignedRequest request, String target) {
        if (target != null) {
            if (!request.method().equals("POST") || !request.rawPath().equals("/")) {
                throw new AwsApiException("UnknownOperationException", 404, "Unknown operation " + target);
            }
            return Operation.agreement(target)
                    .orElseThrow(
                            () -> new AwsApiException("UnknownOperationException", 400, "Unknown operation " + target));
        }
        return Operation.catalog(request.method(), request.rawPath())
                .orElseThrow(() -> new AwsApiException(
                        "UnknownOperationException",
                        404,
                        "No operation at " + request.method() + " " + request.rawPath()));
    }

    private com.fasterxml.jackson.databind.JsonNode answer(Operation operation, SignedRequest request)
            throws IOException {
        return operation.api() == Api.CATALOG
                ? catalog.handle(operation, request)
                : agreements.handle(operation, request);
    }
}
