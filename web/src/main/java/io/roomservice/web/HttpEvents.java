package io.roomservice.web;

import com.sun.net.httpserver.HttpExchange;
import io.roomservice.runtime.Request;
import io.roomservice.runtime.UrlEncoded;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the API-Gateway event SCF would deliver for an HTTP request. */
public final class HttpEvents {

    private HttpEvents() {
    }

    /** The event; throws IllegalArgumentException when the query string is not URL-encoded correctly. */
    public static Map<String, Object> apiGateway(HttpExchange exchange, byte[] body, String requestId, ClientAddress clientAddress) {
        String path = exchange.getRequestURI().getRawPath();
        Map<String, String> query = UrlEncoded.parse(exchange.getRequestURI().getRawQuery());
        Map<String, String> headers = headers(exchange);
        String sourceIp = clientAddress.of(exchange);
        Map<String, Object> requestContext = new LinkedHashMap<>();
        requestContext.put("serviceId", "local");
        requestContext.put("path", path);
        requestContext.put("httpMethod", exchange.getRequestMethod());
        requestContext.put("requestId", requestId);
        requestContext.put("sourceIp", sourceIp);
        requestContext.put("stage", "release");

        Map<String, Object> event = new LinkedHashMap<>();
        event.put("requestContext", requestContext);
        event.put("headers", headers);
        event.put("body", body.length == 0 ? null : new String(body, StandardCharsets.UTF_8));
        event.put("pathParameters", Map.of());
        event.put("queryStringParameters", query);
        event.put("path", path);
        event.put("queryString", query);
        event.put("httpMethod", exchange.getRequestMethod());
        event.put("isBase64Encoded", false);
        return event;
    }

    /** The request without its query and body, for answering one that is turned away before they are read. */
    static Request withoutContent(HttpExchange exchange, String requestId) {
        return Request.http(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath())
                .headers(headers(exchange)).requestId(requestId).build();
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
            if (!h.getValue().isEmpty()) {
                headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue().get(0));
            }
        }
        return headers;
    }
}
