package io.roomservice.protocol.callbacks;

/** A callback refused before it changed anything: the HTTP status and a message safe to answer. */
public final class CallbackRefusal extends RuntimeException {

    public static final int MALFORMED = 400;
    public static final int UNAUTHENTICATED = 401;
    /** Authentic, but outside the replay window. */
    public static final int STALE = 403;

    private final int status;

    public CallbackRefusal(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
