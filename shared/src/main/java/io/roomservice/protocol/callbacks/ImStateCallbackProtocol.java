package io.roomservice.protocol.callbacks;

import io.roomservice.domain.media.ImStates;
import io.roomservice.infra.sign.Digests;
import io.roomservice.runtime.Request;
import io.roomservice.runtime.Response;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tencent IM's third-party callbacks (POST; SdkAppid, CallbackCommand, ClientIP, OptPlatform,
 * and with callback authentication RequestTime and Sign = sha256(token + RequestTime) in the
 * query). Authentication is required here: a callback without a valid Sign, or with a
 * RequestTime more than a minute off, is refused. State.StateChange is applied; any other
 * command is answered OK and changes nothing (so a "before" callback never vetoes anything).
 */
public final class ImStateCallbackProtocol {

    public static final String STATE_CHANGE = "State.StateChange";
    /** Tencent's advice: refuse a RequestTime more than a minute off (seconds). */
    public static final long REQUEST_TIME_WINDOW_SECONDS = 60;

    private static final Logger LOG = Logger.getLogger(ImStateCallbackProtocol.class.getName());
    private static final int MAX_USER_ID_LENGTH = 128;
    /** Tencent's reasons (Register, Unregister, LinkClose, TimeOut, ...) are short; a longer one is kept cut. */
    private static final int MAX_REASON_LENGTH = 32;
    private static final int SYSTEM_ERROR = 500;

    private final ImStates states;
    private final Optional<String> token;
    private final Optional<Long> sdkAppId;
    private final Clock clock;

    /** {@code token}: the callback token set in the IM console (none: every callback is refused). */
    public ImStateCallbackProtocol(ImStates states, Optional<String> token, Optional<Long> sdkAppId, Clock clock) {
        this.states = states;
        this.token = token;
        this.sdkAppId = sdkAppId;
        this.clock = clock;
    }

    public Response answer(Request request) {
        try {
            authenticate(request.query());
            if (STATE_CHANGE.equals(request.query().get("CallbackCommand"))) {
                stateChange(request.body());
            }
            return answer(200, 0, "");
        } catch (CallbackRefusal refusal) {
            LOG.info("IM callback refused: " + refusal.getMessage());
            return answer(refusal.status(), refusal.status(), refusal.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "IM callback not applied: " + e.getClass().getSimpleName(), e);
            return answer(SYSTEM_ERROR, SYSTEM_ERROR, "system error");
        }
    }

    private void authenticate(Map<String, String> query) {
        String token = this.token
                .orElseThrow(() -> new CallbackRefusal(CallbackRefusal.UNAUTHENTICATED, "IM callbacks are not configured"));
        if (sdkAppId.isEmpty() || !sdkAppId.get().toString().equals(query.get("SdkAppid"))) {
            throw new CallbackRefusal(CallbackRefusal.UNAUTHENTICATED, "SdkAppid is not this application's");
        }
        String requestTime = query.getOrDefault("RequestTime", "");
        String sign = query.getOrDefault("Sign", "");
        if (!requestTime.matches("[0-9]{1,12}") || sign.isEmpty()) {
            throw new CallbackRefusal(CallbackRefusal.UNAUTHENTICATED, "RequestTime and Sign are required");
        }
        String expected = Digests.lowerHex(CallbackDigest.sha256(token + requestTime));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                sign.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            throw new CallbackRefusal(CallbackRefusal.UNAUTHENTICATED, "the signature does not match");
        }
        long skew = Math.abs(clock.millis() / 1000 - Long.parseLong(requestTime));
        if (skew > REQUEST_TIME_WINDOW_SECONDS) {
            throw new CallbackRefusal(CallbackRefusal.STALE, "RequestTime is more than a minute off");
        }
    }

    private void stateChange(String rawBody) {
        Map<String, Object> body = TrtcCallbackReader.parse(rawBody == null ? "" : rawBody);
        Object info = body.get("Info");
        if (!(info instanceof Map)) {
            throw new CallbackRefusal(CallbackRefusal.MALFORMED, "Info is missing");
        }
        Map<?, ?> fields = (Map<?, ?>) info;
        String action = string(fields.get("Action"), "Info.Action");
        String userId = string(fields.get("To_Account"), "Info.To_Account");
        Object reason = fields.get("Reason");
        Object eventTime = body.get("EventTime");
        if (!(eventTime instanceof Integer || eventTime instanceof Long)) {
            throw new CallbackRefusal(CallbackRefusal.MALFORMED, "EventTime must be an integer (milliseconds)");
        }
        String why = reason instanceof String ? (String) reason : "";
        states.apply(userId, action, why.substring(0, Math.min(why.length(), MAX_REASON_LENGTH)),
                ((Number) eventTime).longValue());
    }

    private static String string(Object value, String name) {
        if (!(value instanceof String) || ((String) value).isEmpty() || ((String) value).length() > MAX_USER_ID_LENGTH) {
            throw new CallbackRefusal(CallbackRefusal.MALFORMED, name + " must be a string of 1 to " + MAX_USER_ID_LENGTH + " characters");
        }
        return (String) value;
    }

    private static Response answer(int status, int errorCode, String errorInfo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ActionStatus", errorCode == 0 ? "OK" : "FAIL");
        body.put("ErrorCode", errorCode);
        body.put("ErrorInfo", errorInfo);
        return Response.json(status, body);
    }
}
