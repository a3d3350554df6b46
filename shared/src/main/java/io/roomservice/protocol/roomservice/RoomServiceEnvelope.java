package io.roomservice.protocol.roomservice;

import io.roomservice.runtime.Refusal;
import io.roomservice.runtime.Request;
import io.roomservice.runtime.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** The RoomService flat envelope {@code {code, message, ...fields}}; HTTP 200, except a refusal at the door. */
public final class RoomServiceEnvelope {

    private RoomServiceEnvelope() {
    }

    static Response of(RoomServiceCode code, String message, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code.code());
        body.put("message", message);
        fields.forEach(body::putIfAbsent);
        return Response.json(200, body);
    }

    /** A request turned away at the door: the parameter error (1), with the refusal's HTTP status. */
    public static Response refusal(Request request, Refusal refusal) {
        return of(RoomServiceCode.BAD_PARAMETER, refusal.message(), Map.of()).withStatus(refusal.status());
    }
}
