package io.roomservice.infra.db;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * When a transaction that lost a deadlock or a lock wait runs again: after a short random
 * pause that grows with each attempt, so the transactions that collided do not collide again
 * in step, and only while the attempts fit in a budget well inside a function's timeout.
 * One instance follows one transaction.
 */
public final class DeadlockRetry {

    static final int MAX_ATTEMPTS = 6;
    static final long FIRST_PAUSE_MILLIS = 4;
    static final long MAX_PAUSE_MILLIS = 250;
    /** No attempt starts later than this after the first (SCF functions time out at 15 s). */
    static final long BUDGET_MILLIS = 3_000;

    private static final String SQLSTATE_DEADLOCK = "40001";
    private static final int ER_LOCK_DEADLOCK = 1213;
    private static final int ER_LOCK_WAIT_TIMEOUT = 1205;
    private static final LongAdder CONFLICTS = new LongAdder();

    private final long startedNanos = System.nanoTime();
    private int attempts = 1;

    /** A deadlock or a lock-wait timeout: the work was rolled back and may run again. */
    static boolean isLockConflict(SQLException e) {
        return SQLSTATE_DEADLOCK.equals(e.getSQLState()) || e.getErrorCode() == ER_LOCK_DEADLOCK
                || e.getErrorCode() == ER_LOCK_WAIT_TIMEOUT;
    }

    /** Lock conflicts this process has met since it started, retried or not (for load tests and reports). */
    public static long conflictsSeen() {
        return CONFLICTS.sum();
    }

    /**
     * Counts a lock conflict and pauses before the next attempt; false (without pausing) when
     * the attempts or the time budget are spent.
     */
    boolean pauseBeforeNextAttempt() {
        CONFLICTS.increment();
        long ceiling = Math.min(MAX_PAUSE_MILLIS, FIRST_PAUSE_MILLIS << (attempts - 1));
        long pause = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
        if (attempts >= MAX_ATTEMPTS || elapsed + pause > BUDGET_MILLIS) {
            return false;
        }
        attempts++;
        try {
            Thread.sleep(pause);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
