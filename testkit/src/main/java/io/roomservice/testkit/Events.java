package io.roomservice.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * SCF trigger events as the raw JSON objects ({@code Map<String,Object>}) a Java handler
 * receives, following the samples in Tencent's SCF documentation.
 */
public final class Events {

    /** The WeChat mini-program AppID put into {@code userInfo} of cloud-function events. */
    public static final String MINI_PROGRAM_APP_ID = "wx0000000000000000";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {}

    /** An API Gateway trigger event; {@code headers} keep the case given, {@code body} may be null. */
    public static Map<String, Object> apiGateway(String method, String path, Map<String, String> query,
            Map<String, String> headers, String body) {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("secretId", "abdcdxxxxxxxsdfs");

        Map<String, Object> requestContext = new LinkedHashMap<>();
        requestContext.put("serviceId", "service-f94sy04v");
        requestContext.put("path", path);
        requestContext.put("httpMethod", method);
        requestContext.put("requestId", UUID.randomUUID().toString());
        requestContext.put("identity", identity);
        requestContext.put("sourceIp", "10.0.2.14");
        requestContext.put("stage", "release");

        Map<String, Object> event = new LinkedHashMap<>();
        event.put("requestContext", requestContext);
        event.put("headers", copyOf(headers));
        putBody(event, body);
        event.put("pathParameters", new LinkedHashMap<>());
        event.put("queryStringParameters", copyOf(query));
        event.put("headerParameters", new LinkedHashMap<>());
        event.put("stageVariables", stageVariables());
        event.put("path", path);
        event.put("queryString", copyOf(query));
        event.put("httpMethod", method);
        event.put("isBase64Encoded", false);
        return event;
    }

    /**
     * A function URL event: the API Gateway event without {@code requestContext},
     * {@code pathParameters}, {@code queryStringParameters}, {@code headerParameters} and
     * {@code isBase64Encoded}; header names in lower case, plus {@code x-scf-remote-addr}.
     */
    public static Map<String, Object> functionUrl(String method, String path, Map<String, String> query,
            Map<String, String> headers, String body) {
        Map<String, Object> lowerCaseHeaders = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, value) -> lowerCaseHeaders.put(name.toLowerCase(Locale.ROOT), value));
        }
        lowerCaseHeaders.put("x-scf-remote-addr", "127.0.0.1");

        Map<String, Object> event = new LinkedHashMap<>();
        event.put("headers", lowerCaseHeaders);
        putBody(event, body);
        event.put("stageVariables", stageVariables());
        event.put("path", path);
        event.put("queryString", copyOf(query));
        event.put("httpMethod", method);
        return event;
    }

    /**
     * A call from a WeChat mini program (cloud function style): the fields of {@code data} at the
     * top level, plus {@code userInfo} with {@code appId} and {@code openId} unless
     * {@code openId} is null.
     */
    public static Map<String, Object> cloudFunction(Map<String, Object> data, String openId) {
        Map<String, Object> event = new LinkedHashMap<>();
        if (data != null) {
            event.putAll(data);
        }
        if (openId != null) {
            Map<String, Object> userInfo = new LinkedHashMap<>();
            userInfo.put("appId", MINI_PROGRAM_APP_ID);
            userInfo.put("openId", openId);
            event.put("userInfo", userInfo);
        }
        return event;
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write as JSON: " + value, e);
        }
    }

    public static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a JSON object: " + json, e);
        }
    }

    private static void putBody(Map<String, Object> event, String body) {
        if (body != null) {
            event.put("body", body);
        }
    }

    private static Map<String, Object> stageVariables() {
        Map<String, Object> stageVariables = new LinkedHashMap<>();
        stageVariables.put("stage", "release");
        return stageVariables;
    }

    private static Map<String, Object> copyOf(Map<String, String> values) {
        return values == null ? new LinkedHashMap<>() : new LinkedHashMap<>(values);
    }
}
