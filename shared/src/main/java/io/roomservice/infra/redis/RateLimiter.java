package io.roomservice.infra.redis;

import java.util.List;

/**
 * Fixed-window counters in Redis: {@code count} adds one and reports whether the limit
 * still holds; {@code eitherExceeded} only looks. Keys expire with their window.
 */
public final class RateLimiter {

    private final Redis redis;

    public RateLimiter(Redis redis) {
        this.redis = redis;
    }

    /** Counts one event; false when this event went over {@code limit} in the window. */
    public boolean count(String key, int limit, long windowSeconds) {
        long n = redis.call(j -> {
            long v = j.incr(key);
            if (v == 1) {
                j.expire(key, windowSeconds);
            }
            return v;
        });
        return n <= limit;
    }

    /** Whether either counter is at its limit, read in one round trip. */
    public boolean eitherExceeded(int limitA, String keyA, int limitB, String keyB) {
        List<String> v = redis.call(j -> j.mget(keyA, keyB));
        return (v.get(0) != null && Long.parseLong(v.get(0)) >= limitA)
                || (v.get(1) != null && Long.parseLong(v.get(1)) >= limitB);
    }
}
