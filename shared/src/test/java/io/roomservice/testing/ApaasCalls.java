package io.roomservice.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.roomservice.runtime.Json;
import io.roomservice.runtime.ScfFunction;
import io.roomservice.testkit.Events;
import io.roomservice.testkit.TestContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls an aPaaS handler over HTTP the ways the demo apps do (POST JSON, POST form, GET
 * with a query; token in the header or in the parameters) and returns the parsed body,
 * checking that no answer ever carries a stack trace.
 */
public final class ApaasCalls {

    private final ScfFunction function;
    private final String path;

    public ApaasCalls(ScfFunction function, String path) {
        this.function = function;
        this.path = path;
    }

    /** POST JSON through API Gateway, no Authorization header. */
    public Map<String, Object> post(Map<String, ?> body) {
        return send(Events.apiGateway("POST", path, Map.of(), Map.of("Content-Type", "application/json"), Events.json(body)));
    }

    /** POST JSON with {@code Authorization: Bearer token}. */
    public Map<String, Object> bearer(String token, Map<String, ?> body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("Authorization", "Bearer " + token);
        return send(Events.apiGateway("POST", path, Map.of(), headers, Events.json(body)));
    }

    /** POST a form through a Function URL. */
    public Map<String, Object> form(Map<String, String> body) {
        return send(Events.functionUrl("POST", path, Map.of(),
                Map.of("Content-Type", "application/x-www-form-urlencoded"), formText(body)));
    }

    /** GET with a query string through a Function URL. */
    public Map<String, Object> get(Map<String, String> query) {
        return send(Events.functionUrl("GET", path, query, Map.of(), null));
    }

    /** POST JSON with the given headers. */
    public Map<String, Object> withHeaders(Map<String, String> headers, Map<String, ?> body) {
        return send(Events.apiGateway("POST", path, Map.of(), headers, Events.json(body)));
    }

    /** POST a raw body (broken JSON, an array, ...) with {@code Authorization: Bearer token} (null: none). */
    public Map<String, Object> raw(String token, String contentType, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return send(Events.apiGateway("POST", path, Map.of(), headers, body));
    }

    private static String formText(Map<String, String> body) {
        StringBuilder out = new StringBuilder();
        body.forEach((k, v) -> out.append(out.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }

    private Map<String, Object> send(Map<String, Object> event) {
        Map<String, Object> response = Json.readObject(function.handle(event, new TestContext()));
        assertEquals(200, response.get("statusCode"));
        String body = (String) response.get("body");
        assertFalse(body.contains("\tat ") || body.contains("Exception"), body);
        return Json.readObject(body);
    }

    public static int errorCode(Map<String, Object> envelope) {
        return ((Number) envelope.get("errorCode")).intValue();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> data(Map<String, Object> envelope) {
        return (Map<String, Object>) envelope.get("data");
    }
}
