package io.roomservice.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.qcloud.scf.runtime.Context;
import io.roomservice.runtime.Json;
import io.roomservice.testkit.TestContext;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;

/** The CloudBase functions of cloudbaserc.json, called as the platform calls them: by name, with a callFunction event. */
final class CloudbaseFunctions {

    private final Map<String, String> handlers = new LinkedHashMap<>();

    CloudbaseFunctions() throws Exception {
        JsonNode functions = Json.mapper().readTree(RenderDeployFiles.referenceCloudbaseRc()).get("functions");
        functions.forEach(f -> handlers.put(f.get("name").asText(), f.get("handler").asText()));
    }

    /** {@code wx.cloud.callFunction({name, data})}'s result, for the caller {@code openId}. */
    Object call(String name, Map<String, Object> data, String appId, String openId) throws Exception {
        String handler = handlers.get(name);
        if (handler == null) {
            throw new IllegalArgumentException("no CloudBase function " + name);
        }
        Map<String, Object> event = new LinkedHashMap<>(data);
        event.put("userInfo", Map.of("appId", appId, "openId", openId));
        return invokeHandler(handler, event);
    }

    /** A no-argument instance of the handler's class, its method called with the event and a context. */
    static Object invokeHandler(String handler, Map<String, Object> event) throws Exception {
        String[] parts = handler.split("::");
        Class<?> type = Class.forName(parts[0]);
        Method method = type.getMethod(parts[1], Map.class, Context.class);
        return method.invoke(type.getConstructor().newInstance(), event, new TestContext());
    }
}
