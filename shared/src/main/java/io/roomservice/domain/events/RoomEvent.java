package io.roomservice.domain.events;

import java.util.Map;

/**
 * One change of one room, as the journal numbers and writes it: what happened, when (epoch
 * milliseconds), to whom (member events: the member and their role), why (member_left and
 * room_ended) and what changed (room_updated). Fields that do not apply are null.
 */
public final class RoomEvent {

    public final EventType type;
    public final long time;
    public final String userId;
    public final String role;
    public final String reason;
    public final Map<String, Object> changes;

    private RoomEvent(EventType type, long time, String userId, String role, String reason, Map<String, Object> changes) {
        this.type = type;
        this.time = time;
        this.userId = userId;
        this.role = role;
        this.reason = reason;
        this.changes = changes;
    }

    public static RoomEvent started(long time) {
        return new RoomEvent(EventType.ROOM_STARTED, time, null, null, null, null);
    }

    public static RoomEvent ended(long time, String reason) {
        return new RoomEvent(EventType.ROOM_ENDED, time, null, null, reason, null);
    }

    public static RoomEvent joined(long time, String userId, String role) {
        return new RoomEvent(EventType.MEMBER_JOINED, time, userId, role, null, null);
    }

    public static RoomEvent left(long time, String userId, String role, String reason) {
        return new RoomEvent(EventType.MEMBER_LEFT, time, userId, role, reason, null);
    }

    /** {@code changes}: the fields the change set, by their names in the family's API. */
    public static RoomEvent updated(long time, Map<String, Object> changes) {
        return new RoomEvent(EventType.ROOM_UPDATED, time, null, null, null, Map.copyOf(changes));
    }
}
