package io.marketsync.sandbox;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoopbackHttpServerTest {

    private LoopbackHttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aRefusalBeforeTheBodyWasReadStillReachesAClientSendingALargeBody() throws Exception {
        server = new LoopbackHttpServer("test", 0)
                .handle(
                        "/",
                        exchange -> SimHttp.sendJson(
                                exchange, 401, "[{\"errorCode\":\"INVALID_SESSION_ID\"}]".getBytes(UTF_8)))
                .start();
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        byte[] body = new byte[8 * 1024 * 1024];

        for (int i = 0; i < 5; i++) {
            java.net.http.HttpResponse<String> response = client.send(
                    java.net.http.HttpRequest.newBuilder(server.baseUri().resolve("/services/data/v62.0/composite"))
                            .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).contains("INVALID_SESSION_ID");
        }
    }

    @Test
    void sendsHeaderNamesWithTheCaseTheHandlerWrote() throws Exception {
        server = new LoopbackHttpServer("test", 0)
                .handle("/", exchange -> {
                    exchange.getResponseHeaders().set("Sforce-Limit-Info", "api-usage=1/15000");
                    exchange.getResponseHeaders().set("x-amzn-ErrorType", "ThrottlingException");
                    exchange.getResponseHeaders().add("x-amzn-RequestId", "r-1");
                    SimHttp.sendJson(exchange, 429, "{}".getBytes(UTF_8));
                })
                .start();

        RawResponse response =
                RawResponse.parse(send("GET /services HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));

        assertThat(response.statusLine()).isEqualTo("HTTP/1.1 429 Too Many Requests");
        assertThat(response.headerLines())
                .contains(
                        "Sforce-Limit-Info: api-usage=1/15000",
                        "x-amzn-ErrorType: ThrottlingException",
                        "x-amzn-RequestId: r-1",
                        "Content-Type: application/json;charset=UTF-8",
                        "Content-Length: 2");
        assertThat(response.headerLines()).noneMatch(line -> line.startsWith("Server:"));
        assertThat(response.body()).isEqualTo("{}");
    }

    @Test
    void handlerSeesTheRequestAsSent() throws Exception {
        server = new LoopbackHttpServer("test", 0)
                .handle("/echo/", exchange -> {
                    String seen = String.join(
                            "|",
                            exchange.getRequestMethod(),
                            exchange.getRequestURI().toString(),
                            exchange.getRequestURI().getPath(),
                            exchange.getRequestHeaders().getFirst("x-custom-THING"),
                            String.valueOf(exchange.getRequestHeaders().get("X-Repeated")),
                            SimHttp.bodyText(exchange),
                            exchange.getProtocol(),
                            exchange.getHttpContext().getPath(),
                            exchange.getLocalAddress().getAddress().getHostAddress(),
                            exchange.getRemoteAddress().getAddress().getHostAddress());
                    SimHttp.sendText(exchange, 200, "text/plain", seen);
                })
                .start();

        RawResponse response = RawResponse.parse(send("POST /echo/offer%2F1?q=a%20b&x=1 HTTP/1.1\r\nHost: x\r\n"
                + "X-Custom-Thing: v1\r\nX-Repeated: a\r\nX-Repeated: b\r\nContent-Length: 5\r\n"
                + "Connection: close\r\n\r\nhello"));

        assertThat(response.body())
                .isEqualTo("POST|/echo/offer%2F1?q=a%20b&x=1|/echo/offer/1|v1|[a, b]|hello|HTTP/1.1|/echo/|127.0.0.1"
                        + "|127.0.0.1");
    }

    @Test
    void fixedLengthChunkedAndEmptyBodies() throws Exception {
        server = new LoopbackHttpServer("test", 0)
                .handle("/fixed", exchange -> respond(exchange, 200, 5, "hello"))
                .handle("/chunked", exchange -> {
                    exchange.sendResponseHeaders(200, 0);
                    OutputStream body = exchange.getResponseBody();
                    body.write("first,".getBytes(UTF_8));
                    body.flush();
                    body.write("second".getBytes(UTF_8));
                    exchange.close();
                })
                .handle("/empty", exchange -> respond(exchange, 200, -1, ""))
                .handle("/nocontent", exchange -> respond(exchange, 204, -1, ""))
                .start();

        RawResponse fixed = get("/fixed");
        assertThat(fixed.headerLines()).contains("Content-Length: 5").doesNotContain("Transfer-Encoding: chunked");
        assertThat(fixed.body()).isEqualTo("hello");

        // On a connection kept alive (with Connection: close an unknown length may just end at EOF).
        RawResponse chunked = RawResponse.parse(sendUntil("GET /chunked HTTP/1.1\r\nHost: x\r\n\r\n", "\r\n0\r\n\r\n"));
        assertThat(chunked.headerLines()).contains("Transfer-Encoding: chunked");
        assertThat(chunked.headerLines()).noneMatch(line -> line.startsWith("Content-Length"));
        assertThat(chunked.dechunkedBody()).isEqualTo("first,second");

        RawResponse empty = get("/empty");
        assertThat(empty.statusLine()).isEqualTo("HTTP/1.1 200 OK");
        assertThat(empty.headerLines()).contains("Content-Length: 0");
        assertThat(empty.body()).isEmpty();

        RawResponse noContent = get("/nocontent");
        assertThat(noContent.statusLine()).isEqualTo("HTTP/1.1 204 No Content");
        assertThat(noContent.headerLines())
                .noneMatch(line -> line.startsWith("Content-Length") || line.startsWith("Transfer-Encoding"));
        assertThat(noContent.body()).isEmpty();
    }

    @Test
    void headResponsesCarryHeadersButNoBody() throws Exception {
        server = new LoopbackHttpServer("test", 0)
                .handle("/", exchange -> {
                    exchange.getResponseHeaders().set("Sforce-Limit-Info", "api-usage=2/15000");
                    SimHttp.sendText(exchange, 200, "text/plain", "a body GET would get");
                })
                .start();

        RawResponse head = RawResponse.parse(send("HEAD /x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));

        assertThat(head.statusLine()).isEqualTo("HTTP/1.1 200 OK");
        assertThat(head.headerLines()).contains("Sforce-Limit-Info: api-usage=2/15000");
        assertThat(head.body()).isEmpty();
    }

    @Test
    void routesToTheLongestMatchingPrefix() throws Exception {
        server = new LoopbackHttpServer("test", 0)
                .handle("/services/", exchange -> SimHttp.sendText(exchange, 200, "text/plain", "services"))
                .handle("/services/data/", exchange -> SimHttp.sendText(exchange, 200, "text/plain", "data"))
                .start();

        assertThat(get("/services/data/v60.0/limits").body()).isEqualTo("data");
        assertThat(get("/services/oauth2/token").body()).isEqualTo("services");
        RawResponse unrouted = get("/cometd/60.0");
        assertThat(unrouted.statusLine()).isEqualTo("HTTP/1.1 404 Not Found");
        assertThat(unrouted.body()).isEqualTo("<h1>404 Not Found</h1>No context found for request");
        assertThatThrownBy(() -> server.handle("/services/", exchange -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void perExchangeAttributes() throws Exception {
        server = new LoopbackHttpServer("test", 0)
                .handle("/", exchange -> {
                    Object before = exchange.getAttribute("user");
                    exchange.setAttribute("user", "005x");
                    SimHttp.sendText(exchange, 200, "text/plain", before + "," + exchange.getAttribute("user"));
                })
                .start();

        assertThat(get("/a").body()).isEqualTo("null,005x");
        assertThat(get("/b").body()).isEqualTo("null,005x");
    }

    @Test
    void closingWithoutAResponseOrFailingDropsTheConnection() throws Exception {
        server = new LoopbackHttpServer("test", 0)
                .handle("/close", HttpExchange::close)
                .handle("/fail", exchange -> {
                    throw new IOException("handler failed");
                })
                .start();

        assertThat(send("GET /close HTTP/1.1\r\nHost: x\r\n\r\n")).isEmpty();
        assertThat(send("GET /fail HTTP/1.1\r\nHost: x\r\n\r\n")).isEmpty();
    }

    @Test
    void heldLongPollsDoNotBlockOtherRequests() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server = new LoopbackHttpServer("test", 0)
                .handle("/cometd/", exchange -> {
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    SimHttp.sendText(exchange, 200, "text/plain", "event");
                })
                .handle("/services/", exchange -> SimHttp.sendText(exchange, 200, "text/plain", "quick"))
                .start();

        List<CompletableFuture<RawResponse>> polls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            polls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return get("/cometd/connect");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }

        long started = System.nanoTime();
        assertThat(get("/services/data").body()).isEqualTo("quick");
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(5);
        assertThat(polls).noneMatch(CompletableFuture::isDone);

        release.countDown();
        for (CompletableFuture<RawResponse> poll : polls) {
            assertThat(poll.get(10, TimeUnit.SECONDS).body()).isEqualTo("event");
        }
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        server = new LoopbackHttpServer("test", 0)
                .handle("/", exchange -> SimHttp.sendText(exchange, 200, "text/plain", "ok"))
                .start();

        assertThat(server.baseUri().toString()).isEqualTo("http://127.0.0.1:" + server.port());
        assertThat(get("/").body()).isEqualTo("ok");
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
        assumeTrue(external.isPresent(), "no non-loopback IPv4 address to try");
        assertThatThrownBy(() -> new Socket(external.get(), server.port()).close())
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void closeStopsServingAndFreesThePort() throws Exception {
        server = new LoopbackHttpServer("test", 0).start();
        int port = server.port();
        server.close();
        server = null;

        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
                .isInstanceOf(ConnectException.class);
        new LoopbackHttpServer("again", port).close();
    }

    private static void respond(HttpExchange exchange, int status, long length, String body) throws IOException {
        exchange.sendResponseHeaders(status, length);
        if (!body.isEmpty()) {
            exchange.getResponseBody().write(body.getBytes(UTF_8));
        }
        exchange.close();
    }

    private RawResponse get(String path) throws IOException {
        return RawResponse.parse(send("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
    }

    /** Writes a raw request and reads until the server closes the connection. */
    private String send(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), ISO_8859_1);
        }
    }

    /** Writes a raw request on a connection kept alive and reads until {@code end} arrives. */
    private String sendUntil(String request, String end) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(ISO_8859_1));
            socket.getOutputStream().flush();
            StringBuilder raw = new StringBuilder();
            InputStream in = socket.getInputStream();
            while (raw.indexOf(end) < 0) {
                int b = in.read();
                assertThat(b).as("response so far: %s", raw).isNotNegative();
                raw.append((char) b);
            }
            return raw.toString();
        }
    }

    /** A response exactly as it came over the wire. */
    private record RawResponse(String statusLine, List<String> headerLines, String body) {

        static RawResponse parse(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            assertThat(end).as("end of headers in %s", raw).isPositive();
            List<String> lines = List.of(raw.substring(0, end).split("\r\n"));
            return new RawResponse(lines.get(0), lines.subList(1, lines.size()), raw.substring(end + 4));
        }

        String dechunkedBody() {
            StringBuilder out = new StringBuilder();
            int at = 0;
            while (true) {
                int lineEnd = body.indexOf("\r\n", at);
                int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
                if (size == 0) {
                    return out.toString();
                }
                out.append(body, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
        }
    }
}
