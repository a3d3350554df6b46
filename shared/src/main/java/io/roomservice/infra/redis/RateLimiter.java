package io.roomservice.infra.redis;

import java.util.List;

/**
 * Fixed-window counters in Redis: {@code count} adds one and reports whether the limit
 * still holds; {@code eitherExceeded} only looks; {@code reserveBoth} checks and counts in one
 * step, so parallel attempts cannot slip past a limit between the look and the count. Keys
 * expire with their window.
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

    private static final String RESERVE_BOTH =
            "if tonumber(redis.call('GET', KEYS[1]) or '0') >= tonumber(ARGV[1])"
            + " or tonumber(redis.call('GET', KEYS[2]) or '0') >= tonumber(ARGV[2]) then return 0 end"
            + " for _, k in ipairs(KEYS) do"
            + " if redis.call('INCR', k) == 1 then redis.call('EXPIRE', k, ARGV[3]) end end"
            + " return 1";
    private static final String RELEASE =
            "for _, k in ipairs(KEYS) do"
            + " if tonumber(redis.call('GET', k) or '0') > 0 then redis.call('DECR', k) end end"
            + " return 1";

    /**
     * Atomically: when both counters are below their limits, counts one on each and returns
     * true; otherwise changes nothing and returns false. An attempt reserved this way that turns
     * out not to count gives its place back with {@link #release}.
     */
    public boolean reserveBoth(int limitA, String keyA, int limitB, String keyB, long windowSeconds) {
        Object reserved = redis.call(j -> j.eval(RESERVE_BOTH, List.of(keyA, keyB),
                List.of(Integer.toString(limitA), Integer.toString(limitB), Long.toString(windowSeconds))));
        return Long.valueOf(1).equals(reserved);
    }

    /** Gives back a place taken by {@link #reserveBoth}. */
    public void release(String keyA, String keyB) {
        redis.call(j -> j.eval(RELEASE, List.of(keyA, keyB), List.of()));
    }

    /** Whether either counter is at its limit, read in one round trip. */
    public boolean eitherExceeded(int limitA, String keyA, int limitB, String keyB) {
        List<String> v = redis.call(j -> j.mget(keyA, keyB));
        return (v.get(0) != null && Long.parseLong(v.get(0)) >= limitA)
                || (v.get(1) != null && Long.parseLong(v.get(1)) >= limitB);
    }
}
