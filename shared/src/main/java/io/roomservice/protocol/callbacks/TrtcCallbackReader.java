package io.roomservice.protocol.callbacks;

import io.roomservice.domain.media.MediaEvent;
import io.roomservice.runtime.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * Reads the body of a TRTC room or media callback (already authenticated):
 * {@code {EventGroupId, EventType, CallbackTs, EventInfo: {RoomId, EventTs, EventMsTs, UserId, Role, Reason, ...}}}.
 * RoomId may be a number or a string; EventMsTs falls back to EventTs in seconds.
 */
public final class TrtcCallbackReader {

    private static final int MAX_ROOM_ID_LENGTH = 64;
    private static final int MAX_USER_ID_LENGTH = 128;
    private static final long MILLIS_PER_SECOND = 1000;

    private TrtcCallbackReader() {
    }

    /** The callback's CallbackTs (epoch millis). */
    public static long callbackTs(Map<String, Object> body) {
        return number(body, "CallbackTs");
    }

    public static Map<String, Object> parse(String rawBody) {
        try {
            return Json.readObject(rawBody);
        } catch (IllegalArgumentException e) {
            throw malformed("the body is not a JSON object");
        }
    }

    public static MediaEvent event(long sdkAppId, Map<String, Object> body) {
        int type = (int) number(body, "EventType");
        Object info = body.get("EventInfo");
        if (!(info instanceof Map)) {
            throw malformed("EventInfo is missing");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) info;
        String roomId = roomId(fields.get("RoomId"));
        String userId = text(fields.get("UserId"), "UserId", MAX_USER_ID_LENGTH);
        if (userId.isEmpty() && (type == MediaEvent.MEMBER_ENTERED || type == MediaEvent.MEMBER_EXITED)) {
            throw malformed("UserId is missing");
        }
        long eventMs = fields.containsKey("EventMsTs") ? number(fields, "EventMsTs") : number(fields, "EventTs") * MILLIS_PER_SECOND;
        int reason = fields.containsKey("Reason") ? (int) number(fields, "Reason") : 0;
        int role = fields.containsKey("Role") ? (int) number(fields, "Role") : 0;
        return new MediaEvent(sdkAppId, type, roomId, userId, eventMs, reason, role);
    }

    private static String roomId(Object value) {
        String id;
        if (value instanceof String) {
            id = (String) value;
        } else if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            id = value.toString();
        } else {
            throw malformed("RoomId must be a number or a string");
        }
        if (id.isEmpty() || id.length() > MAX_ROOM_ID_LENGTH) {
            throw malformed("RoomId must be 1 to " + MAX_ROOM_ID_LENGTH + " characters");
        }
        return id;
    }

    private static String text(Object value, String name, int maxLength) {
        if (value == null) {
            return "";
        }
        if (!(value instanceof String) || ((String) value).length() > maxLength) {
            throw malformed(name + " must be a string of at most " + maxLength + " characters");
        }
        return (String) value;
    }

    private static long number(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        if (value instanceof String) {
            try {
                return Long.parseLong((String) value);
            } catch (NumberFormatException e) {
                throw malformed(name + " must be an integer");
            }
        }
        if (value instanceof BigDecimal || value instanceof Double || value instanceof BigInteger) {
            throw malformed(name + " must be an integer");
        }
        throw malformed(name + " is missing");
    }

    private static CallbackRefusal malformed(String message) {
        return new CallbackRefusal(CallbackRefusal.MALFORMED, message);
    }
}
