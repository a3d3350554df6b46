package io.roomservice.protocol.callbacks;

import io.roomservice.runtime.HttpGate;
import io.roomservice.runtime.CorsOrigins;
import io.roomservice.runtime.Refusal;
import io.roomservice.runtime.Refusals;
import io.roomservice.runtime.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the callback endpoints answer a request the HTTP front turns away: Tencent's servers
 * read HTTP statuses, not a family's envelope, so a malformed request is a 400 (the families
 * answer it 200 with their parameter code). No CORS: no browser calls these.
 */
public final class CallbackRefusals {

    private static final int MALFORMED = 400;

    /** TRTC's: {@code {code, message}}. */
    public static final Refusals TRTC = (request, refusal) -> {
        int status = status(refusal);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", status);
        body.put("message", refusal.message());
        return Response.json(status, body);
    };

    /** IM's: {@code {ActionStatus: "FAIL", ErrorCode, ErrorInfo}}. */
    public static final Refusals IM = (request, refusal) -> {
        int status = status(refusal);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ActionStatus", "FAIL");
        body.put("ErrorCode", status);
        body.put("ErrorInfo", refusal.message());
        return Response.json(status, body);
    };

    public static final HttpGate TRTC_GATE = new HttpGate(CorsOrigins.NONE, TRTC);
    public static final HttpGate IM_GATE = new HttpGate(CorsOrigins.NONE, IM);

    private CallbackRefusals() {
    }

    private static int status(Refusal refusal) {
        return refusal.kind() == Refusal.Kind.MALFORMED ? MALFORMED : refusal.status();
    }
}
