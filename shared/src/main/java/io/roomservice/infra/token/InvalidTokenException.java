package io.roomservice.infra.token;

/** The token is malformed, forged, expired or revoked. The message never quotes the token. */
public final class InvalidTokenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidTokenException(String message) {
        super(message);
    }
}
