package io.roomservice.infra.redis;

/**
 * The room stores' name for {@link io.roomservice.domain.AfterCommit}, until they move onto it
 * (issue 15): the same step, the same logging.
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Runs the step; a Redis failure is logged with {@code what}, not thrown. */
    public static void bestEffort(String what, Runnable step) {
        io.roomservice.domain.AfterCommit.bestEffort(what, step);
    }
}
