package io.roomservice.protocol.roomservice;

/** Ends a RoomService action with one of the family's codes and a message safe to show. */
public final class RoomServiceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final RoomServiceCode code;

    public RoomServiceException(RoomServiceCode code, String message) {
        super(message);
        this.code = code;
    }

    public RoomServiceCode code() {
        return code;
    }
}
