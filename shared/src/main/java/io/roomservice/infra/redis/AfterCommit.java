package io.roomservice.infra.redis;

import java.util.logging.Logger;

/**
 * A Redis step that follows a committed MySQL change and only keeps liveness data (presence,
 * heartbeats) or a fast copy of what MySQL now holds (token revocations) in step with it. Its
 * failure must not turn the answer into a system error, which would tell the client nothing
 * changed when the change is committed: it is logged, and the data heals itself (keepalives,
 * heartbeats, expiries, the sweepers; MySQL's revocations are seen within their cache time).
 *
 * <p>For infra's own Redis steps; the domain has {@link io.roomservice.domain.AfterCommit}, which the room
 * stores take up when they move behind their interfaces (issue 15).
 */
public final class AfterCommit {

    private static final Logger LOG = Logger.getLogger(AfterCommit.class.getName());

    private AfterCommit() {
    }

    /** Runs the step; a Redis failure is logged with {@code what}, not thrown. */
    public static void bestEffort(String what, Runnable step) {
        try {
            step.run();
        } catch (RedisUnavailableException e) {
            LOG.warning(what + " skipped after commit: " + e.getMessage());
        }
    }
}
