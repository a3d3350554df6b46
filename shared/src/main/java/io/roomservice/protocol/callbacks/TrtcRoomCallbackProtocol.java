package io.roomservice.protocol.callbacks;

import io.roomservice.domain.media.MediaCallbacks;
import io.roomservice.domain.media.MediaEvent;
import io.roomservice.runtime.Request;
import io.roomservice.runtime.Response;
import java.util.function.LongFunction;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * TRTC's room and media callbacks (POST, headers {@code SdkAppId} and {@code Sign}): the
 * signature over the raw body is checked with the callback key of the header's app before
 * anything is read, a CallbackTs outside the replay window is refused, and the event is applied
 * once. Answers: 200 {@code {code:0}} (applied, a duplicate, stale or ignored: Tencent need not
 * retry), 400 malformed, 401 forged or unknown app, 403 outside the replay window, 503 while the
 * same body is being applied by another request, 500 when the database failed (Tencent retries
 * for a minute).
 */
public final class TrtcRoomCallbackProtocol {

    private static final Logger LOG = Logger.getLogger(TrtcRoomCallbackProtocol.class.getName());
    private static final int SYSTEM_ERROR = 500;
    /** The same body is being applied by another request: Tencent's next retry finds it done (or failed, and applies it). */
    private static final int IN_FLIGHT = 503;

    private final MediaCallbacks callbacks;
    private final LongFunction<Optional<String>> keyOfApp;
    private final Clock clock;
    private final long replayWindowMillis;

    /**
     * {@code keyOfApp}: the callback key of an SdkAppId, when it has one; {@code replayWindowSeconds}: how far
     * a CallbackTs may stand from now.
     */
    public TrtcRoomCallbackProtocol(MediaCallbacks callbacks, LongFunction<Optional<String>> keyOfApp, Clock clock,
                                    long replayWindowSeconds) {
        this.callbacks = callbacks;
        this.keyOfApp = keyOfApp;
        this.clock = clock;
        this.replayWindowMillis = replayWindowSeconds * 1000;
    }

    public Response answer(Request request) {
        try {
            return applied(callbacks.apply(authenticated(request), CallbackDigest.sha256(request.body())));
        } catch (CallbackRefusal refusal) {
            LOG.info("TRTC callback refused: " + refusal.getMessage());
            return answer(refusal.status(), refusal.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "TRTC callback not applied (Tencent retries): " + e.getClass().getSimpleName(), e);
            return answer(SYSTEM_ERROR, "system error, please retry");
        }
    }

    private MediaEvent authenticated(Request request) {
        if (!"POST".equals(request.method())) {
            throw new CallbackRefusal(CallbackRefusal.MALFORMED, "TRTC callbacks are POSTed");
        }
        String body = request.body();
        if (body == null || body.isEmpty()) {
            throw new CallbackRefusal(CallbackRefusal.MALFORMED, "the body is empty");
        }
        long sdkAppId = sdkAppId(request.header("SdkAppId"));
        String key = keyOf(sdkAppId);
        String sign = request.header("Sign").orElseThrow(() -> new CallbackRefusal(CallbackRefusal.UNAUTHENTICATED, "the Sign header is missing"));
        if (!TrtcSignature.matches(key, body, sign)) {
            throw new CallbackRefusal(CallbackRefusal.UNAUTHENTICATED, "the signature does not match");
        }
        Map<String, Object> fields = TrtcCallbackReader.parse(body);
        if (Math.abs(clock.millis() - TrtcCallbackReader.callbackTs(fields)) > replayWindowMillis) {
            throw new CallbackRefusal(CallbackRefusal.STALE, "CallbackTs is outside the replay window");
        }
        return TrtcCallbackReader.event(sdkAppId, fields);
    }

    private static long sdkAppId(Optional<String> header) {
        String text = header.map(String::trim).orElse("");
        if (!text.matches("[0-9]{1,10}")) {
            throw new CallbackRefusal(CallbackRefusal.UNAUTHENTICATED, "the SdkAppId header is missing or not a number");
        }
        return Long.parseLong(text);
    }

    /** The app's callback key (TRTC_CALLBACK_KEY for TRTC_SDK_APP_ID, a tenant's own otherwise); none: refused. */
    private String keyOf(long sdkAppId) {
        return keyOfApp.apply(sdkAppId)
                .orElseThrow(() -> new CallbackRefusal(CallbackRefusal.UNAUTHENTICATED, "no callback key for this SdkAppId"));
    }

    private static Response applied(MediaCallbacks.Outcome outcome) {
        if (outcome == MediaCallbacks.Outcome.IN_FLIGHT) {
            return answer(IN_FLIGHT, "this callback is being applied; retry");
        }
        return answer(200, outcome.name().toLowerCase(Locale.ROOT));
    }

    private static Response answer(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", status == 200 ? 0 : status);
        body.put("message", message);
        return Response.json(status, body);
    }
}
