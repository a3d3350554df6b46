package io.roomservice.domain;

/**
 * A store behind a domain interface could not be reached or failed a command (today: Redis, for
 * liveness, limits and sessions); callers answer their family's system error.
 */
public class StoreUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
