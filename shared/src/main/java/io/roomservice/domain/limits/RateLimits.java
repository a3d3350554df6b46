package io.roomservice.domain.limits;

import java.util.List;

/**
 * Sliding-window limits shared by every instance: an event counts in every window it names, or
 * in none when one of them is full. Keys are the caller's, without any deployment prefix.
 */
public interface RateLimits {

    /** At most {@code limit} events per {@code seconds} under {@code key}. */
    static Window window(String key, int limit, long seconds) {
        return new Window(key, limit, seconds);
    }

    /** Counts the event in every window, or in none when one is full. */
    Verdict acquire(List<Window> windows);

    /**
     * Like {@link #acquire}, and in the same step claims {@code claimKey} for
     * {@code claimSeconds} (a one-time value such as a nonce): a key already claimed refuses
     * the event ({@link Verdict#alreadyClaimed()}) and counts nothing.
     */
    Verdict acquireClaiming(List<Window> windows, String claimKey, long claimSeconds);

    /**
     * Gives back the place that {@link #acquire} took for one event (an attempt that turned
     * out not to count), so a place is held only while its attempt is decided.
     */
    void release(List<Window> windows, Verdict taken);

    /** One window: a key (without the deployment prefix), its limit and its length. */
    final class Window {
        private final String key;
        private final int limit;
        private final long seconds;

        Window(String key, int limit, long seconds) {
            if (limit < 1 || seconds < 1) {
                throw new IllegalArgumentException("a window needs a limit and a length of 1 or more");
            }
            this.key = key;
            this.limit = limit;
            this.seconds = seconds;
        }

        public String key() {
            return key;
        }

        public int limit() {
            return limit;
        }

        public long seconds() {
            return seconds;
        }
    }

    /** Allowed, or refused with how long until the fullest window has room again. */
    final class Verdict {
        public static final Verdict ALLOWED = new Verdict(0, null, null, false);

        private final long waitMillis;
        private final Window full;
        /** The event counted by a granted acquire, for {@link RateLimits#release}. */
        private final String member;
        private final boolean alreadyClaimed;

        public Verdict(long waitMillis, Window full, String member, boolean alreadyClaimed) {
            this.waitMillis = waitMillis;
            this.full = full;
            this.member = member;
            this.alreadyClaimed = alreadyClaimed;
        }

        public boolean allowed() {
            return waitMillis == 0 && !alreadyClaimed;
        }

        /** The key {@link RateLimits#acquireClaiming} was to claim was claimed before: nothing was counted. */
        public boolean alreadyClaimed() {
            return alreadyClaimed;
        }

        /** The wait in whole seconds, rounded up; 0 when allowed. */
        public long retryAfterSeconds() {
            return (waitMillis + 999) / 1000;
        }

        /** The limiter's handle on the event a granted acquire counted, for {@link RateLimits#release}; null otherwise. */
        public String member() {
            return member;
        }

        /** The window that refused, when one did. */
        public Window full() {
            return full;
        }
    }
}
