package io.roomservice.domain.imgroups;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Jittered exponential waits, bounded both ways: a few quick ones inside a request (they
 * must fit well within the function's time), and longer ones between sweeps, capped so a
 * group IM kept refusing is still tried regularly.
 */
final class Backoff {

    /** Attempts of one IM group call inside a request, the first included. */
    static final int REQUEST_ATTEMPTS = 3;
    static final long REQUEST_FIRST_WAIT_MILLIS = 100;
    /** The IM timeout bounds each attempt; this bounds the whole, waits and attempts together. */
    static final long REQUEST_BUDGET_MILLIS = 8_000;
    static final long SWEEP_FIRST_WAIT_MILLIS = 30_000;
    static final long SWEEP_MAX_WAIT_MILLIS = 3_600_000;
    private static final double JITTER_LOW = 0.5;
    private static final double JITTER_HIGH = 1.5;
    private static final int MAX_DOUBLINGS = 20;

    private Backoff() {
    }

    /** The wait before in-request retry {@code retry} (1 = the first retry). */
    static long requestWait(int retry) {
        return jitter(doubled(REQUEST_FIRST_WAIT_MILLIS, retry - 1, REQUEST_BUDGET_MILLIS));
    }

    /** The wait before the sweeper tries again after {@code attempts} failed attempts. */
    static long sweepWait(int attempts) {
        return jitter(doubled(SWEEP_FIRST_WAIT_MILLIS, attempts, SWEEP_MAX_WAIT_MILLIS));
    }

    private static long doubled(long first, int times, long cap) {
        long wait = first << Math.min(Math.max(times, 0), MAX_DOUBLINGS);
        return Math.min(wait, cap);
    }

    private static long jitter(long wait) {
        return (long) (wait * ThreadLocalRandom.current().nextDouble(JITTER_LOW, JITTER_HIGH));
    }
}
