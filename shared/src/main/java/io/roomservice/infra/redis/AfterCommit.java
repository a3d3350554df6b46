package io.roomservice.infra.redis;

import java.util.logging.Logger;

/**
 * A Redis step that follows a committed MySQL change and only keeps liveness data (presence,
 * heartbeats) in step with it. Its failure must not turn the answer into a system error, which
 * would tell the client nothing changed when the change is committed: it is logged, and the
 * liveness data heals itself (keepalives, heartbeats, expiries, the sweepers).
 */
public final class AfterCommit {

    private static final Logger LOG = Logger.getLogger(AfterCommit.class.getName());

    private AfterCommit() {
    }

    /** Runs the step; a Redis failure is logged with {@code what}, not thrown. */
    public static void liveness(String what, Runnable step) {
        try {
            step.run();
        } catch (RedisUnavailableException e) {
            LOG.warning(what + " skipped after commit: " + e.getMessage());
        }
    }
}
