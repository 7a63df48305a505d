package io.marketsync.sandbox;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each Jetty request to the {@link LoopbackHttpContext} with the longest path prefix of the request's
 * decoded path, wrapped in a {@link JettyHttpExchange}, the way {@code com.sun.net.httpserver} picks contexts.
 */
final class ContextRouter extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(ContextRouter.class);

    private final List<LoopbackHttpContext> contexts = new CopyOnWriteArrayList<>();

    synchronized void add(LoopbackHttpContext context) {
        if (contexts.stream().anyMatch(c -> c.getPath().equals(context.getPath()))) {
            throw new IllegalArgumentException("A handler is already registered for " + context.getPath());
        }
        contexts.add(context);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        // The JDK server never timed out a request while its handler ran; CometD holds connects for 110 s.
        request.addIdleTimeoutListener(timeout -> false);
        URI uri;
        try {
            uri = new URI(request.getHttpURI().getPathQuery());
        } catch (URISyntaxException e) {
            reject(response, callback, 400, "Bad Request", "URISyntaxException thrown");
            return true;
        }
        LoopbackHttpContext context = find(uri.getPath() == null ? "" : uri.getPath());
        if (context == null) {
            reject(response, callback, 404, "Not Found", "No context found for request");
            return true;
        }
        JettyHttpExchange exchange = new JettyHttpExchange(request, response, callback, uri, context);
        try {
            context.getHandler().handle(exchange);
        } catch (Exception e) {
            LOG.warn("Handler for {} failed on {} {}", context.getPath(), request.getMethod(), uri, e);
            exchange.abort(e);
        }
        return true;
    }

    private LoopbackHttpContext find(String path) {
        LoopbackHttpContext longest = null;
        for (LoopbackHttpContext context : contexts) {
            boolean longer = longest == null
                    || context.getPath().length() > longest.getPath().length();
            if (path.startsWith(context.getPath()) && longer) {
                longest = context;
            }
        }
        return longest;
    }

    // The JDK server's own rejection page.
    private static void reject(Response response, Callback callback, int code, String reason, String message) {
        response.setStatus(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html");
        String page = "<h1>" + code + " " + reason + "</h1>" + message;
        Content.Sink.write(response, true, page, callback);
    }
}
