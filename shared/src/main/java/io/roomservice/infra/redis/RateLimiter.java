package io.roomservice.infra.redis;

/**
 * Fixed-window counters in Redis: {@code count} adds one and reports whether the limit
 * still holds; {@code exceeded} only looks. Keys expire with their window.
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

    /** True when the key has already reached {@code limit} in its window. */
    public boolean exceeded(int limit, String key) {
        String v = redis.call(j -> j.get(key));
        return v != null && Long.parseLong(v) >= limit;
    }
}
