package io.roomservice.domain.roomservice;

/** A RoomService rule refused the action; nothing changed. */
public final class RoomRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        ROOM_NOT_FOUND, NOT_CREATOR, NOT_PUSHER, ROOM_FULL, AUDIENCE_FULL, ROOM_EXISTS,
        GROUP_FAILED, FOREIGN_PUSH_URL, LOGIN_REFUSED, NOT_MEMBER, VALUE_OUT_OF_RANGE, TOO_MANY_FIELDS, BAD_MIX, MIX_FAILED
    }

    private final Reason reason;

    public RoomRefusal(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
