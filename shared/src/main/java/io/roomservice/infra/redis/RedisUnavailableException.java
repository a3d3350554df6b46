package io.roomservice.infra.redis;

import io.roomservice.domain.StoreUnavailableException;

/** Redis could not be reached or failed a command; callers answer their system error. */
public final class RedisUnavailableException extends StoreUnavailableException {
    private static final long serialVersionUID = 1L;

    public RedisUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
