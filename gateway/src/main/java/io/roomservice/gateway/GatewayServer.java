package io.roomservice.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.roomservice.app.App;
import io.roomservice.functions.router.Router;
import io.roomservice.functions.router.Routes;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.runtime.EventAdapter;
import io.roomservice.runtime.Json;
import io.roomservice.runtime.Request;
import io.roomservice.runtime.Response;
import io.roomservice.runtime.ScfFunction;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The local HTTP front: every request becomes the API-Gateway event SCF would deliver and
 * goes through the runtime adapter and the {@link Router}, as behind a Function URL (the
 * router's response is written directly rather than through its JSON string form, which
 * the handler tests cover); {@code POST /_invoke/<function>}
 * hands a raw event to one function the way a cloud-function call would; and
 * {@code POST /_dev/token} mints a video-family bearer token for trying {@code /video/*} with curl.
 */
public final class GatewayServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(GatewayServer.class.getName());

    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, each
        // small response waits for the client's delayed ACK (~40 ms).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final App app;
    private final Router router;
    private final Map<String, ScfFunction> functions = new ConcurrentHashMap<>();

    public GatewayServer(App app, int port, int threads) throws IOException {
        this.app = app;
        this.router = new Router(app);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        this.workers = Executors.newFixedThreadPool(threads);
        server.setExecutor(workers);
        server.createContext("/", this::route);
        server.createContext("/_invoke/", this::invoke);
        server.createContext("/_dev/token", this::devToken);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void route(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = HttpEvents.readBody(exchange);
            String requestId = LocalContext.newRequestId();
            Map<String, Object> event;
            try {
                event = HttpEvents.apiGateway(exchange, body, requestId);
            } catch (IllegalArgumentException e) {
                write(exchange, 400, Json.write(Map.of("error", "the query string is not URL-encoded correctly")));
                return;
            }
            Request request = EventAdapter.toRequest(event, new LocalContext(requestId));
            Response response = router.serve(request);
            response.headers().forEach(exchange.getResponseHeaders()::set);
            send(exchange, response.statusCode(), response.body().getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "gateway failure", e);
        }
    }

    private void invoke(HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = exchange.getRequestURI().getPath().substring("/_invoke/".length());
            ScfFunction function = "POST".equals(exchange.getRequestMethod())
                    ? functions.computeIfAbsent(name, n -> Routes.deployed(n, app).orElse(null))
                    : null;
            if (function == null) {
                write(exchange, 404, Json.write(Map.of("error", "POST /_invoke/<function>, where <function> is one of "
                        + deployedNames())));
                return;
            }
            Map<String, Object> event;
            try {
                event = Json.readObject(new String(HttpEvents.readBody(exchange), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                write(exchange, 400, Json.write(Map.of("error", "the body must be the event, a JSON object")));
                return;
            }
            write(exchange, 200, function.handle(event, new LocalContext()));
        }
    }

    private static List<String> deployedNames() {
        List<String> names = new ArrayList<>(Routes.DISPATCHERS.keySet());
        Routes.all().forEach(r -> names.add(r.function()));
        return names;
    }

    private void devToken(HttpExchange exchange) throws IOException {
        try (exchange) {
            Object userId = null;
            try {
                userId = Json.readObject(new String(HttpEvents.readBody(exchange), StandardCharsets.UTF_8)).get("userId");
            } catch (IllegalArgumentException e) {
                // answered below
            }
            if (!(userId instanceof String) || ((String) userId).isBlank() || ((String) userId).length() > 128) {
                write(exchange, 400, Json.write(Map.of("error", "POST {\"userId\": \"...\"}")));
                return;
            }
            write(exchange, 200, Json.write(Map.of("userId", userId, "token", app.tokens().issue(TokenAudience.VIDEO, (String) userId))));
        }
    }

    private static void write(HttpExchange exchange, int status, String json) throws IOException {
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

    /** The routes this gateway serves, for the start-up banner. */
    static Map<String, String> routeTable() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Routes.Route r : Routes.all()) {
            out.put(String.join(", ", r.paths()), r.function());
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
