package io.roomservice.infra.redis;

/** Redis could not be reached or failed a command; callers answer their system error. */
public final class RedisUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RedisUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
