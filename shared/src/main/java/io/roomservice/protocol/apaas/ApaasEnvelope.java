package io.roomservice.protocol.apaas;

import io.roomservice.runtime.Refusal;
import io.roomservice.runtime.Request;
import io.roomservice.runtime.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The aPaaS envelope {@code {errorCode, errorMessage, data}} plus {@code requestId} when the
 * caller sent {@code X-Request-ID} (or the platform {@code x-scf-request-id}); HTTP 200,
 * except a refusal at the door, which carries its own status.
 */
public final class ApaasEnvelope {

    private ApaasEnvelope() {
    }

    static String requestId(Request request) {
        return request.header("X-Request-ID").or(() -> request.header("x-scf-request-id")).orElse(null);
    }

    /** An error: its message reads {@code Name(code): detail}. */
    static Response error(ApaasCode code, String detail, String requestId) {
        return of(code, code.label() + "(" + code.code() + "): " + detail, null, Map.of(), requestId);
    }

    /** A request turned away at the door, as {@code code} (98, or the endpoint's parameter code). */
    public static Response refusal(Request request, Refusal refusal, ApaasCode code) {
        return error(code, refusal.message(), requestId(request)).withStatus(refusal.status());
    }

    /** A request turned away at the door, as SystemVerifyError (98). */
    public static Response refusal(Request request, Refusal refusal) {
        return refusal(request, refusal, ApaasCode.SYSTEM_VERIFY_ERROR);
    }

    static Response of(ApaasCode code, String message, Object data, Map<String, Object> extra, String requestId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errorCode", code.code());
        body.put("errorMessage", message);
        if (data != null) {
            body.put("data", data);
        }
        body.putAll(extra);
        if (requestId != null && !requestId.isEmpty()) {
            body.put("requestId", requestId);
        }
        return Response.json(200, body);
    }
}
