package io.roomservice.runtime;

import com.qcloud.scf.runtime.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the raw event SCF hands a Java function into one {@link Request}.
 *
 * <p>An HTTP event (API Gateway or Function URL) is recognised by its {@code httpMethod};
 * only {@code path}, {@code httpMethod}, {@code headers}, {@code queryString} and
 * {@code body} are relied on, because a Function-URL event has no {@code pathParameters},
 * {@code queryStringParameters} or {@code requestContext} and lower-cases header names.
 * Anything else is a cloud-function invocation: its fields are the data object, and
 * {@code userInfo.openId} is the identity the platform vouches for.
 */
public final class EventAdapter {

    private EventAdapter() {
    }

    public static Request toRequest(Map<String, Object> event, Context context) {
        Map<String, Object> e = event == null ? Map.of() : event;
        String contextRequestId = context == null ? null : context.getRequestId();
        if (e.get("httpMethod") instanceof String) {
            return http(e, contextRequestId);
        }
        return invocation(e, contextRequestId);
    }

    private static Request http(Map<String, Object> e, String contextRequestId) {
        Map<String, String> headers = stringMap(e.get("headers"));
        Map<String, String> query = stringMap(e.get("queryString"));
        if (query.isEmpty()) {
            query = stringMap(e.get("queryStringParameters"));
        }
        String body = e.get("body") instanceof String ? (String) e.get("body") : null;
        if (body != null && Boolean.TRUE.equals(e.get("isBase64Encoded"))) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        Map<String, Object> requestContext = objectMap(e.get("requestContext"));
        String path = e.get("path") instanceof String ? (String) e.get("path") : "/";
        Request.Builder b = Request.http(((String) e.get("httpMethod")).toUpperCase(java.util.Locale.ROOT), path)
                .headers(headers)
                .query(query)
                .body(body == null || body.isEmpty() ? null : body);
        b.requestId(firstNonEmpty(contextRequestId, text(requestContext.get("requestId")),
                headerIgnoringCase(headers, "x-scf-request-id"), headerIgnoringCase(headers, "x-request-id")));
        b.sourceIp(firstNonEmpty(text(requestContext.get("sourceIp")), headerIgnoringCase(headers, "x-scf-remote-addr")));
        return b.build();
    }

    private static Request invocation(Map<String, Object> e, String contextRequestId) {
        Map<String, Object> data = new LinkedHashMap<>(e);
        Map<String, Object> userInfo = objectMap(data.remove("userInfo"));
        String openId = text(userInfo.get("openId"));
        return Request.invoke(data, openId == null || openId.isEmpty() ? null : openId)
                .requestId(contextRequestId)
                .build();
    }

    private static Map<String, String> stringMap(Object value) {
        Map<String, String> out = new LinkedHashMap<>();
        if (value instanceof Map) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                Object v = entry.getValue();
                if (v instanceof List) {
                    List<?> list = (List<?>) v;
                    v = list.isEmpty() ? null : list.get(0);
                }
                if (entry.getKey() != null && v != null) {
                    out.put(entry.getKey().toString(), v.toString());
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> objectMap(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String headerIgnoringCase(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (h.getKey().equalsIgnoreCase(name)) {
                return h.getValue();
            }
        }
        return null;
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }
}
