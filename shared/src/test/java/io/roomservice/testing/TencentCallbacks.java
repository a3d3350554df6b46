package io.roomservice.testing;

import io.roomservice.infra.sign.Digests;
import io.roomservice.protocol.callbacks.TrtcSignature;
import io.roomservice.runtime.Json;
import io.roomservice.runtime.ScfFunction;
import io.roomservice.testkit.Events;
import io.roomservice.testkit.TestContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tencent's callbacks as Tencent sends them: TRTC room events with the SdkAppId and Sign
 * headers over the raw body (trtc.io/document/39558), and IM callbacks with SdkAppid,
 * CallbackCommand, RequestTime and Sign in the query (cloud.tencent.com/document/product/269/2570).
 */
public final class TencentCallbacks {

    public static final String TRTC_PATH = "/callbacks/trtc";
    public static final String IM_PATH = "/callbacks/im";

    private final ScfFunction function;

    public TencentCallbacks(ScfFunction function) {
        this.function = function;
    }

    /**
     * A room event body laid out as Tencent's documentation shows it (RoomId a number when it is
     * one, EventTs in seconds, EventMsTs in milliseconds).
     */
    public static String roomEvent(int type, String roomId, String userId, long eventMs, int reason, long callbackTs) {
        Object room = roomId.matches("[1-9][0-9]{0,9}") && Long.parseLong(roomId) <= 4_294_967_295L ? Long.parseLong(roomId) : roomId;
        StringBuilder info = new StringBuilder("{\n        \"RoomId\": ").append(Json.write(room))
                .append(",\n        \"EventTs\": ").append(eventMs / 1000)
                .append(",\n        \"EventMsTs\": ").append(eventMs);
        if (userId != null) {
            info.append(",\n        \"UserId\": ").append(Json.write(userId))
                    .append(",\n        \"UniqueId\": ").append(eventMs * 7 % 1_000_000_007L)
                    .append(",\n        \"Role\": 20,\n        \"TerminalType\": 3,\n        \"UserType\": 3")
                    .append(",\n        \"Reason\": ").append(reason);
        }
        info.append("\n    }");
        return "{\n    \"EventGroupId\": 1,\n    \"EventType\": " + type + ",\n    \"CallbackTs\": " + callbackTs
                + ",\n    \"EventInfo\": " + info + "\n}";
    }

    /** Posts a TRTC callback body signed with {@code key} through the function; the HTTP response. */
    public Map<String, Object> postTrtc(long sdkAppId, String key, String body) {
        return postTrtcSigned(sdkAppId, TrtcSignature.sign(key, body), body);
    }

    public Map<String, Object> postTrtcSigned(long sdkAppId, String sign, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("SdkAppId", Long.toString(sdkAppId));
        headers.put("Sign", sign);
        return Json.readObject(function.handle(Events.functionUrl("POST", TRTC_PATH, Map.of(), headers, body), new TestContext()));
    }

    /** Posts an IM callback with callback authentication (Sign = sha256(token + RequestTime)). */
    public Map<String, Object> postIm(long sdkAppId, String token, long requestTimeSeconds, String command, String body) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("SdkAppid", Long.toString(sdkAppId));
        query.put("CallbackCommand", command);
        query.put("contenttype", "json");
        query.put("ClientIP", "203.0.113.7");
        query.put("OptPlatform", "iOS");
        query.put("RequestTime", Long.toString(requestTimeSeconds));
        query.put("Sign", imSign(token, requestTimeSeconds));
        return postIm(query, body);
    }

    public Map<String, Object> postIm(Map<String, String> query, String body) {
        return Json.readObject(function.handle(Events.functionUrl("POST", IM_PATH, query,
                Map.of("Content-Type", "application/json"), body), new TestContext()));
    }

    public static String imSign(String token, long requestTimeSeconds) {
        try {
            return Digests.lowerHex(MessageDigest.getInstance("SHA-256")
                    .digest((token + requestTimeSeconds).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A State.StateChange body as Tencent's documentation shows it. */
    public static String stateChange(String userId, String action, String reason, long eventTimeMs) {
        return "{\n    \"CallbackCommand\": \"State.StateChange\",\n    \"EventTime\": " + eventTimeMs
                + ",\n    \"Info\": {\n        \"Action\": \"" + action + "\",\n        \"To_Account\": " + Json.write(userId)
                + ",\n        \"Reason\": \"" + reason + "\"\n    }\n}";
    }

    public static Map<String, Object> body(Map<String, Object> response) {
        return Json.readObject((String) response.get("body"));
    }
}
