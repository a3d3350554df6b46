package io.roomservice.domain.room;

import java.util.Locale;

/** Why a member left a room, as every family's change says it (the {@code reason} of a member_left event). */
public enum Leaving {
    /** They left of their own accord (quit, leave, delete_pusher, delete_audience). */
    LEFT,
    /** The owner or an admin removed them. */
    KICKED,
    /** Their keepalives or heartbeats stopped. */
    TIMED_OUT,
    /** Their TRTC client left the media room (TRTC callback 104). */
    MEDIA_EXIT,
    /** The room ended with them in it. */
    ROOM_ENDED,
    /** Their account was deleted. */
    USER_DELETED;

    /** The name on the wire: lower case with underscores. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
