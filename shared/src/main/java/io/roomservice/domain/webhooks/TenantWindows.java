package io.roomservice.domain.webhooks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a failing receiver from delaying the other tenants, in this instance. After a
 * tenant's attempt fails, its rooms are left alone until a window ({@link RetryPolicy#delayAfter}
 * of its failures in a row) has passed; and no tenant holds more than a given number of
 * requests in flight at once, so a receiver that never answers cannot take every sending
 * thread while its first timeout runs.
 */
public final class TenantWindows {

    private final RetryPolicy retry;
    private final int maxInFlight;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    public TenantWindows(RetryPolicy retry, int maxInFlight) {
        this.retry = retry;
        this.maxInFlight = maxInFlight;
    }

    /** Whether the tenant's receiver failed recently enough that its rooms wait. */
    public boolean backingOff(String tenant, long now) {
        State s = states.get(tenant);
        return s != null && s.closedUntil(now);
    }

    /** Takes one of the tenant's in-flight slots; false when it has them all (then send nothing). */
    public boolean tryBegin(String tenant) {
        return states.computeIfAbsent(tenant, t -> new State()).tryBegin(maxInFlight);
    }

    /** Gives the slot back with the outcome of the attempt. */
    public void end(String tenant, boolean delivered, long now) {
        State s = states.get(tenant);
        if (s != null) {
            s.end(delivered, now, retry);
        }
    }

    private static final class State {
        private int inFlight;
        private int failuresInARow;
        private long closedUntil;

        synchronized boolean closedUntil(long now) {
            return now < closedUntil;
        }

        synchronized boolean tryBegin(int max) {
            if (inFlight >= max) {
                return false;
            }
            inFlight++;
            return true;
        }

        synchronized void end(boolean delivered, long now, RetryPolicy retry) {
            inFlight--;
            if (delivered) {
                failuresInARow = 0;
                closedUntil = 0;
            } else {
                failuresInARow++;
                closedUntil = Math.max(closedUntil, now + retry.delayAfter(failuresInARow));
            }
        }
    }
}
