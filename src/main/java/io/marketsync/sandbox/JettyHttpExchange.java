package io.marketsync.sandbox;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A JDK {@link HttpExchange} over one Jetty core request, so the simulators' {@code HttpHandler}s run
 * unchanged on Jetty. Streams block; {@link #sendResponseHeaders} keeps the JDK's length semantics; response
 * header names reach the wire as the handler spelled them (see {@link CaseKeepingHeaders}).
 */
final class JettyHttpExchange extends HttpExchange {

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final URI requestUri;
    private final HttpContext context;
    private final Headers requestHeaders = new Headers();
    private final CaseKeepingHeaders responseHeaders = new CaseKeepingHeaders();
    // Per exchange, as the HttpExchange javadoc describes them (the JDK 17 server kept them per context).
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    private final AtomicBoolean completed = new AtomicBoolean();
    private final ResponseBodyStream body;
    private volatile InputStream requestBody;

    /** Bodies larger than this left unread are not drained: Jetty closes the connection over them. */
    private static final long MAX_DRAINED = 64L * 1024 * 1024;

    private volatile OutputStream responseBody;
    private volatile int responseCode = -1;
    private volatile boolean headersSent;

    JettyHttpExchange(Request request, Response response, Callback callback, URI requestUri, HttpContext context) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.requestUri = requestUri;
        this.context = context;
        for (HttpField field : request.getHeaders()) {
            requestHeaders.add(field.getName(), field.getValue());
        }
        this.requestBody = Content.Source.asInputStream(request);
        this.body = new ResponseBodyStream(Response.asBufferedOutputStream(request, response), this::complete);
        this.responseBody = body;
    }

    /** A copy of the request's headers; names match case-insensitively. */
    @Override
    public Headers getRequestHeaders() {
        return requestHeaders;
    }

    @Override
    public Headers getResponseHeaders() {
        return responseHeaders;
    }

    /** The request target as sent: raw path and query. */
    @Override
    public URI getRequestURI() {
        return requestUri;
    }

    @Override
    public String getRequestMethod() {
        return request.getMethod();
    }

    @Override
    public HttpContext getHttpContext() {
        return context;
    }

    /**
     * Ends the exchange as the JDK server does: closes the response body if the headers went out, otherwise
     * drops the connection without a response. Request content the handler left unread was drained when the
     * headers went out.
     */
    @Override
    public void close() {
        if (!headersSent) {
            abort(new IOException("exchange closed before the response headers were sent"));
            return;
        }
        try {
            responseBody.close();
            body.close();
        } catch (IOException e) {
            abort(e);
        }
    }

    @Override
    public InputStream getRequestBody() {
        return requestBody;
    }

    @Override
    public OutputStream getResponseBody() {
        return responseBody;
    }

    /**
     * JDK semantics: {@code -1} no body ({@code Content-Length: 0}), {@code 0} a body of unknown length
     * (chunked), {@code > 0} exactly that many bytes. 1xx, 204 and 304 carry no body; nor does a HEAD
     * response, whose length headers are the handler's own.
     */
    @Override
    public void sendResponseHeaders(int code, long length) throws IOException {
        if (headersSent) {
            throw new IOException("headers already sent");
        }
        drainRequestBody();
        boolean bodyless = (code >= 100 && code < 200) || code == 204 || code == 304;
        long declared = bodyless ? -1 : length;
        boolean noBody = declared == -1 || "HEAD".equals(getRequestMethod());
        if (!"HEAD".equals(getRequestMethod()) && code != 304) {
            if (declared > 0 || (declared == -1 && !bodyless)) {
                responseHeaders.set("Content-Length", Long.toString(Math.max(declared, 0)));
            }
        }
        response.setStatus(code);
        copyHeaders(response.getHeaders());
        responseCode = code;
        headersSent = true;
        body.headersSent();
        if (noBody) {
            body.close();
        } else if (declared == 0) {
            // Chunked bodies may come slowly: the headers go out now, as the JDK server sends them.
            body.flush();
        }
    }

    /**
     * Reads what the handler left of the request body before answering, as Salesforce and AWS do: a
     * client still sending a body it was refused (a 401 before a PATCH body was read) would otherwise see
     * its connection closed under it instead of the answer.
     */
    private void drainRequestBody() throws IOException {
        byte[] buffer = new byte[8192];
        long left = MAX_DRAINED;
        for (int n; left > 0 && (n = requestBody.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
            left -= n;
        }
    }

    private void copyHeaders(HttpFields.Mutable fields) {
        for (Map.Entry<String, List<String>> header : responseHeaders.entrySet()) {
            // Jetty writes unknown names as given and known ones (Content-Type) in their canonical form.
            String name = responseHeaders.spelling(header.getKey());
            fields.remove(name);
            for (String value : header.getValue()) {
                fields.add(name, value == null ? "" : value);
            }
        }
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return request.getConnectionMetaData().getRemoteSocketAddress() instanceof InetSocketAddress address
                ? address
                : null;
    }

    @Override
    public int getResponseCode() {
        return responseCode;
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return request.getConnectionMetaData().getLocalSocketAddress() instanceof InetSocketAddress address
                ? address
                : null;
    }

    @Override
    public String getProtocol() {
        return request.getConnectionMetaData().getProtocol();
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(Objects.requireNonNull(name, "name"));
    }

    /** A null value removes the attribute. */
    @Override
    public void setAttribute(String name, Object value) {
        Objects.requireNonNull(name, "name");
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    /** Replaces the streams {@link #getRequestBody()} and {@link #getResponseBody()} return; null keeps one. */
    @Override
    public void setStreams(InputStream in, OutputStream out) {
        if (in != null) {
            requestBody = in;
        }
        if (out != null) {
            responseBody = out;
        }
    }

    /** Null: no authenticator runs on these servers. */
    @Override
    public HttpPrincipal getPrincipal() {
        return null;
    }

    /** Drops the connection without (the rest of) a response, as the JDK server does on a failed exchange. */
    void abort(Throwable cause) {
        if (completed.compareAndSet(false, true)) {
            callback.failed(new Request.Handler.AbortException(cause));
        }
    }

    private void complete(Throwable failure) {
        if (completed.compareAndSet(false, true)) {
            if (failure == null) {
                callback.succeeded();
            } else {
                callback.failed(failure);
            }
        }
    }
}
