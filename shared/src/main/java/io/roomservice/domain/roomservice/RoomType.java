package io.roomservice.domain.roomservice;

import java.util.Optional;

/**
 * The three RoomService room types and their rules. {@code rtc_room}, the path of the
 * oldest RTCRoom clients, is the multi-person room.
 */
public enum RoomType {
    MULTI("multi_room", false, false),
    DOUBLE("double_room", false, false),
    LIVE("live_room", true, true);

    private final String kind;
    private final boolean creatorLeavingEndsRoom;
    private final boolean hasAudiences;

    RoomType(String kind, boolean creatorLeavingEndsRoom, boolean hasAudiences) {
        this.kind = kind;
        this.creatorLeavingEndsRoom = creatorLeavingEndsRoom;
        this.hasAudiences = hasAudiences;
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
