package io.roomservice.gateway;

import com.sun.net.httpserver.HttpExchange;
import io.roomservice.app.App;
import io.roomservice.config.HttpFrontSettings;
import io.roomservice.functions.router.Router;
import io.roomservice.functions.router.Routes;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.runtime.Json;
import io.roomservice.runtime.ScfFunction;
import io.roomservice.web.ClientAddress;
import io.roomservice.web.FrontContext;
import io.roomservice.web.HttpFront;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local gateway's HTTP side: the shared {@link HttpFront} (every path through the
 * {@link Router}, as the web function serves it) plus two local conveniences:
 * {@code POST /_invoke/<function>} hands a raw event to one function the way a
 * cloud-function call would, and {@code POST /_dev/token} mints a video-family bearer token for trying
 * {@code /video/*} with curl.
 */
public final class GatewayServer implements AutoCloseable {

    private final HttpFront front;
    private final App app;
    private final Map<String, ScfFunction> functions = new ConcurrentHashMap<>();

    public GatewayServer(App app, int port, int threads) throws IOException {
        this.app = app;
        this.front = new HttpFront(new Router(app), "127.0.0.1", port, threads, HttpFrontSettings.from(app.settings()), ClientAddress.PEER);
        front.add("/_invoke/", this::invoke);
        front.add("/_dev/token", this::devToken);
    }

    public void start() {
        front.start();
    }

    public int port() {
        return front.port();
    }

    private void invoke(HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = exchange.getRequestURI().getPath().substring("/_invoke/".length());
            ScfFunction function = "POST".equals(exchange.getRequestMethod())
                    ? functions.computeIfAbsent(name, n -> Routes.deployed(n, app).orElse(null))
                    : null;
            if (function == null) {
                HttpFront.writeJson(exchange, 404, Json.write(Map.of("error", "POST /_invoke/<function>, where <function> is one of "
                        + deployedNames())));
                return;
            }
            Optional<byte[]> body = front.readBody(exchange);
            if (body.isEmpty()) {
                HttpFront.writeJson(exchange, 413, Json.write(Map.of("error", "the event is too large")));
                return;
            }
            Map<String, Object> event;
            try {
                event = Json.readObject(new String(body.get(), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                HttpFront.writeJson(exchange, 400, Json.write(Map.of("error", "the body must be the event, a JSON object")));
                return;
            }
            HttpFront.writeJson(exchange, 200, function.handle(event, FrontContext.fresh()));
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
            Optional<byte[]> body = "POST".equals(exchange.getRequestMethod()) ? front.readBody(exchange) : Optional.empty();
            try {
                userId = body.isEmpty() ? null : Json.readObject(new String(body.get(), StandardCharsets.UTF_8)).get("userId");
            } catch (IllegalArgumentException e) {
                // answered below
            }
            if (!(userId instanceof String) || ((String) userId).isBlank() || ((String) userId).length() > 128) {
                HttpFront.writeJson(exchange, 400, Json.write(Map.of("error", "POST {\"userId\": \"...\"}")));
                return;
            }
            HttpFront.writeJson(exchange, 200, Json.write(Map.of("userId", userId, "token", app.tokens().issue(TokenAudience.VIDEO, (String) userId))));
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
        front.close();
    }
}
