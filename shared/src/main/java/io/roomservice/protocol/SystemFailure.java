package io.roomservice.protocol;

import io.roomservice.config.ConfigException;
import io.roomservice.infra.db.DatabaseException;
import io.roomservice.infra.redis.RedisUnavailableException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What went wrong when an action failed for a reason that is not the caller's: the kinds
 * every family maps onto its own system-error codes. Classifying also logs the failure
 * once, with the request id; no exception here carries a secret.
 */
public enum SystemFailure {
    MISCONFIGURED, DATABASE_UNAVAILABLE, REDIS_UNAVAILABLE, INTERNAL;

    private static final Logger LOG = Logger.getLogger(SystemFailure.class.getName());

    public static SystemFailure of(RuntimeException e, Class<?> function, String requestId) {
        String where = function.getSimpleName() + " request " + requestId;
        if (e instanceof ConfigException) {
            LOG.severe(where + ": " + e.getMessage());
            return MISCONFIGURED;
        }
        if (e instanceof DatabaseException) {
            LOG.log(Level.SEVERE, where + ": " + e.getMessage(), e);
            return DATABASE_UNAVAILABLE;
        }
        if (e instanceof RedisUnavailableException) {
            LOG.log(Level.SEVERE, where + ": " + e.getMessage(), e);
            return REDIS_UNAVAILABLE;
        }
        LOG.log(Level.SEVERE, where + " failed", e);
        return INTERNAL;
    }

    /** What the caller is told: the configuration problem (it names settings, never values), or a plain sentence. */
    public String message(RuntimeException e) {
        switch (this) {
            case MISCONFIGURED:
                return e.getMessage();
            case DATABASE_UNAVAILABLE:
                return "the database is temporarily unavailable";
            case REDIS_UNAVAILABLE:
                return "the service is temporarily unavailable";
            default:
                return "internal error";
        }
    }
}
