package io.roomservice.domain;

import java.util.logging.Logger;

/**
 * A step on the fast store that follows a committed MySQL change and only keeps liveness data
 * (presence, heartbeats) or a fast copy of what MySQL now holds (token revocations) in step with
 * it. Its failure must not turn the answer into a system error, which would tell the client
 * nothing changed when the change is committed: it is logged, and the data heals itself
 * (keepalives, heartbeats, expiries, the sweepers; MySQL's revocations are seen within their
 * cache time).
 */
public final class AfterCommit {

    private static final Logger LOG = Logger.getLogger(AfterCommit.class.getName());

    private AfterCommit() {
    }

    /** Runs the step; an unavailable store is logged with {@code what}, not thrown. */
    public static void bestEffort(String what, Runnable step) {
        try {
            step.run();
        } catch (StoreUnavailableException e) {
            LOG.warning(what + " skipped after commit: " + e.getMessage());
        }
    }
}
