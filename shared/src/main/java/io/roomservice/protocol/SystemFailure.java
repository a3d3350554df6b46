package io.roomservice.protocol;

import io.roomservice.config.ConfigException;
import io.roomservice.infra.db.DatabaseException;
import io.roomservice.infra.redis.RedisUnavailableException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What went wrong when an action failed for a reason that is not the caller's: the kinds
 * every family maps onto its own system-error codes. Classifying also logs the failure
 * with the request id, as one line, and its stack trace once per cause per minute
 * ({@link IncidentLog}); no exception here carries a secret.
 */
public enum SystemFailure {
    MISCONFIGURED, DATABASE_UNAVAILABLE, REDIS_UNAVAILABLE, INTERNAL;

    private static final Logger LOG = Logger.getLogger(SystemFailure.class.getName());
    private static final IncidentLog INCIDENTS = new IncidentLog(LOG, System::nanoTime);

    public static SystemFailure of(RuntimeException e, Class<?> function, String requestId) {
        String where = function.getSimpleName() + " request " + requestId;
        if (e instanceof ConfigException) {
            LOG.severe(where + ": " + e.getMessage());
            return MISCONFIGURED;
        }
        if (e instanceof DatabaseException) {
            INCIDENTS.log(Level.SEVERE, where + ": " + e.getMessage(), e);
            return DATABASE_UNAVAILABLE;
        }
        if (e instanceof RedisUnavailableException) {
            INCIDENTS.log(Level.SEVERE, where + ": " + e.getMessage(), e);
            return REDIS_UNAVAILABLE;
        }
        INCIDENTS.log(Level.SEVERE, where + " failed", e);
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
