package io.roomservice.protocol.video;

import io.roomservice.runtime.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** The video family's envelope, {@code {code, message, data}}, always with HTTP 200. */
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
}
