package io.roomservice.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.roomservice.runtime.EventAdapter;
import io.roomservice.runtime.Json;
import io.roomservice.runtime.Request;
import io.roomservice.runtime.Response;
import io.roomservice.runtime.ScfFunction;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The HTTP serving that the web function and the local gateway share: each request becomes
 * the API-Gateway event SCF would deliver, goes through the runtime adapter to one function
 * (the router), and its response is written back. Requests are served concurrently by a
 * bounded pool of workers, so everything behind it must be thread-safe, as in an SCF web
 * function with multi-concurrency.
 */
public final class HttpFront implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(HttpFront.class.getName());
    /** Requests waiting for a worker beyond this make the accepting thread serve one itself (back-pressure). */
    private static final int QUEUE_PER_WORKER = 64;

    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, each
        // small response waits for the client's delayed ACK (~40 ms).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final ScfFunction function;

    /** Serves every path through {@code function} on {@code host:port} (port 0: any free port) with {@code threads} workers. */
    public HttpFront(ScfFunction function, String host, int port, int threads) throws IOException {
        this.function = function;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 256);
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(threads * QUEUE_PER_WORKER), namedThreads(), new ThreadPoolExecutor.CallerRunsPolicy());
        server.setExecutor(workers);
        server.createContext("/", this::serve);
    }

    /** Serves {@code pathPrefix} with {@code handler} instead of the function (the local gateway's conveniences); call before {@link #start()}. */
    public void add(String pathPrefix, HttpHandler handler) {
        server.createContext(pathPrefix, handler);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        // HttpExchange is AutoCloseable only from Java 17; this code runs on SCF's Java 11.
        try {
            byte[] body = HttpEvents.readBody(exchange);
            String requestId = RequestIds.of(exchange);
            Map<String, Object> event;
            try {
                event = HttpEvents.apiGateway(exchange, body, requestId);
            } catch (IllegalArgumentException e) {
                writeJson(exchange, 400, Json.write(Map.of("error", "the query string is not URL-encoded correctly")));
                return;
            }
            Request request = EventAdapter.toRequest(event, new FrontContext(requestId));
            Response response = function.serve(request);
            response.headers().forEach(exchange.getResponseHeaders()::set);
            send(exchange, response.statusCode(), response.body().getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            // Functions render their own errors; this is a bug below them, logged and answered by a closed connection.
            LOG.log(Level.SEVERE, "unexpected failure serving a request", e);
        } finally {
            exchange.close();
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

    private static ThreadFactory namedThreads() {
        AtomicInteger next = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "http-worker-" + next.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Stops accepting, lets requests in flight finish for up to {@code graceSeconds}, then stops the workers. */
    public void stop(int graceSeconds) {
        server.stop(graceSeconds);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(Math.max(1, graceSeconds), TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
