package io.roomservice.domain.events;

import java.util.Locale;

/** The kinds of room event sent out as webhooks. */
public enum EventType {
    ROOM_STARTED,
    ROOM_ENDED,
    MEMBER_JOINED,
    MEMBER_LEFT,
    ROOM_UPDATED;

    /** The name on the wire ({@code type} of the body, {@code event_type} of the outbox). */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
