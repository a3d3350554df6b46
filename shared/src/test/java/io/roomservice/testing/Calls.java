package io.roomservice.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roomservice.runtime.Json;
import io.roomservice.runtime.ScfFunction;
import io.roomservice.testkit.Events;
import io.roomservice.testkit.TestContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls a handler the way SCF does (a raw event map in, the integrated-response JSON
 * string out) with each of the three event shapes, and returns the parsed body.
 */
public final class Calls {

    private final ScfFunction function;
    private final String path;

    public Calls(ScfFunction function, String path) {
        this.function = function;
        this.path = path;
    }

    /** A cloud-function invocation with the platform's openId (null: none); its result is the body itself. */
    public Map<String, Object> invoke(Map<String, Object> data, String openId) {
        return Json.readObject(function.handle(Events.cloudFunction(data, openId), new TestContext()));
    }

    /** An API-Gateway event, JSON body, optional bearer token. */
    public Map<String, Object> apiGateway(String token, Map<String, Object> body) {
        return body(function.handle(Events.apiGateway("POST", path, Map.of(), headers(token), Events.json(body)), new TestContext()));
    }

    /** A Function-URL event (GET with a query string), optional bearer token. */
    public Map<String, Object> functionUrl(String token, Map<String, String> query) {
        return body(function.handle(Events.functionUrl("GET", path, query, headers(token), null), new TestContext()));
    }

    private static Map<String, String> headers(String token) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json");
        if (token != null) {
            h.put("Authorization", "Bearer " + token);
        }
        return h;
    }

    private static Map<String, Object> body(String scfResponse) {
        Map<String, Object> response = Json.readObject(scfResponse);
        assertEquals(200, response.get("statusCode"));
        assertEquals(false, response.get("isBase64Encoded"));
        return Json.readObject((String) response.get("body"));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> data(Map<String, Object> envelope) {
        return (Map<String, Object>) envelope.get("data");
    }

    public static int code(Map<String, Object> envelope) {
        return ((Number) envelope.get("code")).intValue();
    }
}
