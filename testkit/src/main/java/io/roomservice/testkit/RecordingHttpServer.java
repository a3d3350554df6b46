package io.roomservice.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * An HTTP server on 127.0.0.1 and a free port that records every request and answers with
 * replies programmed per path: the base of fakes for Tencent IM, TRTC, SMS and WeChat.
 *
 * <p>Unprogrammed paths get 200 {@code {}}. Requests are handled concurrently, so a
 * {@linkplain #delayResponses delayed} reply does not hold up others.
 */
public final class RecordingHttpServer implements AutoCloseable {

    private static final Reply DEFAULT_REPLY = Reply.json("{}");

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Function<RecordedRequest, Reply>> responders = new ConcurrentHashMap<>();
    private volatile Duration delay = Duration.ZERO;

    private RecordingHttpServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static RecordingHttpServer start() {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open an HTTP server on 127.0.0.1", e);
        }
        ExecutorService executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "recording-http-server");
            thread.setDaemon(true);
            return thread;
        });
        RecordingHttpServer recording = new RecordingHttpServer(server, executor);
        server.createContext("/", recording::handle);
        server.setExecutor(executor);
        server.start();
        return recording;
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** From now on, answers requests to {@code path} (exact match, no query) with this reply. */
    public void respond(String path, int status, String contentType, String body) {
        Reply reply = new Reply(status, contentType, body);
        respondWith(path, request -> reply);
    }

    /** From now on, answers requests to {@code path} with what {@code responder} makes of each. */
    public void respondWith(String path, Function<RecordedRequest, Reply> responder) {
        responders.put(path, responder);
    }

    /** Waits this long before every reply, e.g. longer than a client's timeout. */
    public void delayResponses(Duration delay) {
        this.delay = delay;
    }

    /** All requests so far, oldest first. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public List<RecordedRequest> requests(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    /** Forgets the recorded requests; programmed replies and the delay stay. */
    public void clear() {
        requests.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            RecordedRequest request = record(exchange);
            requests.add(request);
            pause();
            send(exchange, replyTo(request));
        }
    }

    private Reply replyTo(RecordedRequest request) {
        try {
            return responders.getOrDefault(request.path(), any -> DEFAULT_REPLY).apply(request);
        } catch (RuntimeException e) {
            // A failing responder is a bug in the test: let the client see it too.
            return new Reply(500, "text/plain; charset=utf-8", "responder failed: " + e);
        }
    }

    private static RecordedRequest record(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String rawQuery = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        return new RecordedRequest(exchange.getRequestMethod(), uri.getPath(), rawQuery,
                decodeQuery(rawQuery), Collections.unmodifiableMap(headers), body);
    }

    private static Map<String, String> decodeQuery(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            query.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return Collections.unmodifiableMap(query);
    }

    private void pause() {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the server is closing
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        if (reply.drops()) {
            return; // closing an exchange that sent no headers closes its connection
        }
        byte[] body = reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
        if (reply.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        }
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
