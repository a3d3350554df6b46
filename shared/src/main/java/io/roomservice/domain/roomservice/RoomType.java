package io.roomservice.domain.roomservice;

import io.roomservice.domain.room.RoomPolicy;
import java.util.Optional;

/**
 * The three RoomService room types and their rules. {@code rtc_room}, the path of the
 * oldest RTCRoom clients, is the multi-person room.
 */
public enum RoomType {
    MULTI("multi_room", false, false),
    DOUBLE("double_room", false, false),
    LIVE("live_room", true, true);

    /** A pusher's role among the core's members of a RoomService room. */
    public static final String PUSHER_ROLE = "pusher";

    private final String kind;
    private final boolean creatorLeavingEndsRoom;
    private final boolean hasAudiences;
    private final RoomPolicy policy;

    RoomType(String kind, boolean creatorLeavingEndsRoom, boolean hasAudiences) {
        this.kind = kind;
        this.creatorLeavingEndsRoom = creatorLeavingEndsRoom;
        this.hasAudiences = hasAudiences;
        this.policy = new RoomPolicy(kind, PUSHER_ROLE, PUSHER_ROLE,
                creatorLeavingEndsRoom, !creatorLeavingEndsRoom, false);
    }

    /** The path segment, and the {@code kind} of its rooms in the shared rooms table. */
    public String kind() {
        return kind;
    }

    /** Live rooms end when their creator leaves; the others when their last pusher leaves. */
    public boolean creatorLeavingEndsRoom() {
        return creatorLeavingEndsRoom;
    }

    public boolean hasAudiences() {
        return hasAudiences;
    }

    /** The lifecycle of the type's rooms over the room core: pushers are its members; an ended room goes. */
    public RoomPolicy policy() {
        return policy;
    }

    /** The type a path segment names, {@code rtc_room} included. */
    public static Optional<RoomType> fromPath(String segment) {
        if ("rtc_room".equals(segment)) {
            return Optional.of(MULTI);
        }
        for (RoomType t : values()) {
            if (t.kind.equals(segment)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    static RoomType fromKind(String kind) {
        return fromPath(kind).orElseThrow(() -> new IllegalArgumentException("not a RoomService kind: " + kind));
    }
}
