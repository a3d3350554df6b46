package io.roomservice.protocol.video;

import io.roomservice.runtime.Refusal;
import io.roomservice.runtime.Request;
import io.roomservice.runtime.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** The video family's envelope, {@code {code, message, data}}, with HTTP 200 (a refusal at the door carries its own status). */
public final class VideoEnvelope {

    private VideoEnvelope() {
    }

    public static Response of(VideoCode code, String message, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code.code());
        body.put("message", message);
        body.put("data", data);
        return Response.json(200, body);
    }

    public static Response error(VideoCode code, String message) {
        return of(code, message, Map.of());
    }

    /** A request turned away at the door: the parameter error, with the refusal's HTTP status. */
    public static Response refusal(Request request, Refusal refusal) {
        return error(VideoCode.BAD_PARAMETER, refusal.message()).withStatus(refusal.status());
    }
}
