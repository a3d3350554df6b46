package io.roomservice.infra.token;

/** The token is malformed, forged, expired or revoked. The message never quotes the token. */
public final class InvalidTokenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean expired;

    InvalidTokenException(String message) {
        this(message, false);
    }

    InvalidTokenException(String message, boolean expired) {
        super(message);
        this.expired = expired;
    }

    /** True when the token was genuine but has lapsed (clients then log in again). */
    public boolean expired() {
        return expired;
    }
}
