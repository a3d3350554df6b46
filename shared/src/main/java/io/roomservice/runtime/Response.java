package io.roomservice.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a function answers. {@link #toScfJson()} is the integrated-response shape that both
 * API Gateway and Function URL expect: {@code {isBase64Encoded, statusCode, headers, body}}
 * with the body as a string.
 */
public final class Response {

    private final int statusCode;
    private final Map<String, String> headers;
    private final String body;

    private Response(int statusCode, Map<String, String> headers, String body) {
        this.statusCode = statusCode;
        this.headers = headers;
        this.body = body;
    }

    public static Response json(int statusCode, Object payload) {
        return jsonText(statusCode, Json.write(payload));
    }

    public static Response jsonText(int statusCode, String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        return new Response(statusCode, headers, json);
    }

    /** No body, e.g. 204 to a preflight. */
    public static Response empty(int statusCode) {
        return new Response(statusCode, new LinkedHashMap<>(), "");
    }

    /** This answer with another HTTP status. */
    public Response withStatus(int status) {
        return new Response(status, headers, body);
    }

    /** This answer with one more header (or a header replaced). */
    public Response withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Response(statusCode, more, body);
    }

    public int statusCode() {
        return statusCode;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public String body() {
        return body;
    }

    public String toScfJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("isBase64Encoded", false);
        out.put("statusCode", statusCode);
        out.put("headers", headers);
        out.put("body", body);
        return Json.write(out);
    }
}
