package io.roomservice.domain.apaas;

/** An aPaaS room operation that the rules refuse; the message says why, for the caller. */
public final class ApaasRoomRefusal extends RuntimeException {

    public enum Reason {
        /** No such room in the caller's tenant and app, or it has ended. */
        NOT_FOUND,
        /** The caller may not do this (not the owner, or a role only the owner assigns). */
        NOT_ALLOWED,
        /** The caller (or the named user) is not in the room. */
        NOT_MEMBER,
        /** The owner removed the caller from this room a short while ago. */
        BANNED,
        FULL,
        /** IM refused to create the room's group, so the room was not created. */
        IM_FAILED,
        /** TRTC did not carry out a room control call. */
        MEDIA_FAILED
    }

    private final Reason reason;

    public ApaasRoomRefusal(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
