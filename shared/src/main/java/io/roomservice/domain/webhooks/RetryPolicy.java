package io.roomservice.domain.webhooks;

import java.util.function.DoubleSupplier;

/**
 * When a failed event is tried again: the base delay doubled per failed attempt up to the
 * maximum, with "equal jitter" (half the delay fixed, half random) so that receivers coming
 * back are not hit by every sender at once. An event older than the give-up age is given up.
 */
public final class RetryPolicy {

    /** Past this many doublings the delay is the maximum anyway; keeps the shift in range. */
    private static final int MAX_DOUBLINGS = 30;

    private final long baseMillis;
    private final long maxMillis;
    private final long giveUpAfterMillis;
    private final DoubleSupplier random;

    public RetryPolicy(long baseMillis, long maxMillis, long giveUpAfterMillis, DoubleSupplier random) {
        this.baseMillis = baseMillis;
        this.maxMillis = Math.max(baseMillis, maxMillis);
        this.giveUpAfterMillis = giveUpAfterMillis;
        this.random = random;
    }

    /** The delay after the n-th failure in a row (n from 1), before jitter. */
    public long delayAfter(int failures) {
        int doublings = Math.min(Math.max(failures, 1) - 1, MAX_DOUBLINGS);
        return Math.min(maxMillis, baseMillis << doublings);
    }

    /** When an event that has now failed {@code failures} times is tried again: between half and all of the delay from now. */
    public long nextAttemptAt(int failures, long now) {
        long delay = delayAfter(failures);
        long half = delay / 2;
        return now + half + (long) (random.getAsDouble() * (delay - half));
    }

    /** Whether an event created at {@code createdAt} that just failed is given up rather than retried. */
    public boolean givesUp(long createdAt, long now) {
        return now - createdAt >= giveUpAfterMillis;
    }
}
