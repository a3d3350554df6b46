package io.roomservice.infra.events;

import io.roomservice.domain.events.EventType;
import io.roomservice.domain.events.RoomEvent;
import io.roomservice.domain.events.RoomRef;
import io.roomservice.runtime.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON body of an event, as sent byte for byte:
 * {@code {"id","type","tenant","room":{"kind","id","sid"},"seq","time"}}, then {@code member}
 * ({@code {"userId","role"}}) on member events, {@code reason} on member_left and room_ended,
 * and {@code changes} on room_updated.
 */
final class EventBodies {

    String body(String eventId, RoomRef room, long seq, RoomEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId);
        body.put("type", event.type.wire());
        body.put("tenant", room.tenant);
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("kind", room.kind);
        ref.put("id", room.roomId);
        ref.put("sid", room.sid);
        body.put("room", ref);
        body.put("seq", seq);
        body.put("time", event.time);
        if (event.type == EventType.MEMBER_JOINED || event.type == EventType.MEMBER_LEFT) {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("userId", event.userId);
            member.put("role", event.role);
            body.put("member", member);
        }
        if (event.reason != null) {
            body.put("reason", event.reason);
        }
        if (event.changes != null) {
            body.put("changes", new TreeMap<>(event.changes));
        }
        return Json.write(body);
    }
}
