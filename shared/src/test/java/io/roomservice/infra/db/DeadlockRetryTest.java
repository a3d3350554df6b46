package io.roomservice.infra.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeadlockRetryTest {

    @Test
    void aConflictIsRetriedAfterGrowingPausesAFewTimesWithinTheBudget() {
        DeadlockRetry retry = new DeadlockRetry();
        long started = System.nanoTime();
        for (int attempt = 1; attempt < DeadlockRetry.MAX_ATTEMPTS; attempt++) {
            long before = System.nanoTime();
            assertTrue(retry.pauseBeforeNextAttempt(), "attempt " + (attempt + 1) + " runs");
            long pausedMillis = (System.nanoTime() - before) / 1_000_000;
            long ceiling = Math.min(DeadlockRetry.MAX_PAUSE_MILLIS, DeadlockRetry.FIRST_PAUSE_MILLIS << (attempt - 1));
            assertTrue(pausedMillis >= ceiling / 2, "paused " + pausedMillis + " ms before attempt " + (attempt + 1));
        }
        assertFalse(retry.pauseBeforeNextAttempt(), "no attempt after the last");
        assertTrue((System.nanoTime() - started) / 1_000_000 < DeadlockRetry.BUDGET_MILLIS);
    }

    @Test
    void onlyDeadlocksAndLockWaitTimeoutsAreConflicts() {
        assertTrue(DeadlockRetry.isLockConflict(new java.sql.SQLException("deadlock", "40001", 1213)));
        assertTrue(DeadlockRetry.isLockConflict(new java.sql.SQLException("lock wait", "HY000", 1205)));
        assertFalse(DeadlockRetry.isLockConflict(new java.sql.SQLException("duplicate", "23000", 1062)));
    }
}
