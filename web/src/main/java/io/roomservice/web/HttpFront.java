package io.roomservice.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.roomservice.config.HttpFrontSettings;
import io.roomservice.runtime.EventAdapter;
import io.roomservice.runtime.Refusal;
import io.roomservice.runtime.Request;
import io.roomservice.runtime.Response;
import io.roomservice.runtime.ScfFunction;
import io.roomservice.web.http.ServerExchange;
import io.roomservice.web.http.SocketHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The HTTP serving that the web function and the local gateway share: each request becomes
 * the API-Gateway event SCF would deliver, goes through the runtime adapter to one function
 * (the router), and its response is written back.
 *
 * <p>Connection threads read requests and write answers; at most {@code threads} of them
 * run the function at once, as in an SCF web function with multi-concurrency, so everything
 * behind it must be thread-safe. A client slow to send its request holds a connection
 * thread (until HTTP_REQUEST_TIMEOUT_SECONDS closes it), never one of those that run
 * functions. A body over HTTP_MAX_BODY_BYTES is answered 413 before it is read. A request
 * target that is not URL-encoded correctly is the family's parameter error, like a bad query.
 *
 * <p>The server is our own {@link SocketHttpServer}, not the JDK's: that one refuses such a
 * target with an HTML page of its own before any handler runs.
 */
public final class HttpFront implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HttpFront.class.getName());
    private static final String MALFORMED_TARGET = "the request target is not URL-encoded correctly";

    private final SocketHttpServer server;
    private final Semaphore running;
    private final ScfFunction function;
    private final HttpFrontSettings limits;
    private final ClientAddress clientAddress;

    /** Serves every path through {@code function} on {@code host:port} (port 0: any free port), {@code threads} at once, with the catalogue's default limits. */
    public HttpFront(ScfFunction function, String host, int port, int threads) throws IOException {
        this(function, host, port, threads, HttpFrontSettings.defaults(), ClientAddress.PEER);
    }

    public HttpFront(ScfFunction function, String host, int port, int threads, HttpFrontSettings limits,
                     ClientAddress clientAddress) throws IOException {
        this.function = function;
        this.limits = limits;
        this.clientAddress = clientAddress;
        this.running = new Semaphore(threads);
        this.server = new SocketHttpServer(host, port, Math.max(threads, limits.connectionThreads()), limits, this::serve);
    }

    /** Serves {@code pathPrefix} with {@code handler} instead of the function (the local gateway's conveniences); call before {@link #start()}. */
    public void add(String pathPrefix, HttpHandler handler) {
        server.add(pathPrefix, handler);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.port();
    }

    /** A request body up to HTTP_MAX_BODY_BYTES; empty when it is larger (then answer 413). */
    public Optional<byte[]> readBody(HttpExchange exchange) throws IOException {
        return BodyReader.read(exchange, limits.maxBodyBytes());
    }

    private void serve(HttpExchange exchange) throws IOException {
        // HttpExchange is AutoCloseable only from Java 17; this code runs on SCF's Java 11.
        try {
            Response response = respond(exchange, RequestIds.of(exchange));
            response.headers().forEach(exchange.getResponseHeaders()::set);
            boolean head = "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
            send(exchange, response.statusCode(), head ? new byte[0] : response.body().getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            // Functions render their own errors; this is a bug below them, logged and answered by a closed connection.
            LOG.log(Level.SEVERE, "unexpected failure serving a request", e);
        } finally {
            exchange.close();
        }
    }

    private Response respond(HttpExchange exchange, String requestId) throws IOException {
        if (((ServerExchange) exchange).targetIsMalformed()) {
            return function.refuse(HttpEvents.withoutContent(exchange, requestId), Refusal.malformed(MALFORMED_TARGET));
        }
        Optional<byte[]> body = readBody(exchange);
        if (body.isEmpty()) {
            return function.refuse(HttpEvents.withoutContent(exchange, requestId), Refusal.tooLarge(limits.maxBodyBytes()));
        }
        Map<String, Object> event;
        try {
            event = HttpEvents.apiGateway(exchange, body.get(), requestId, clientAddress);
        } catch (IllegalArgumentException e) {
            return function.refuse(HttpEvents.withoutContent(exchange, requestId),
                    Refusal.malformed("the query string is not URL-encoded correctly"));
        }
        Request request = EventAdapter.toRequest(event, new FrontContext(requestId));
        running.acquireUninterruptibly();
        try {
            return function.answer(request);
        } finally {
            running.release();
        }
    }

    /** Writes a JSON answer. */
    public static void writeJson(HttpExchange exchange, int status, String json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        send(exchange, status, json.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Stops accepting, lets requests in flight finish for up to {@code graceSeconds}, then stops the workers. */
    public void stop(int graceSeconds) {
        server.stop(graceSeconds);
    }

    @Override
    public void close() {
        server.close();
    }
}
