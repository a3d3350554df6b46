package io.roomservice.infra.redis;

import io.roomservice.domain.limits.RateLimits;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import redis.clients.jedis.AbstractPipeline;

/**
 * The one rate limiter: sliding-window logs in Redis. Each window is a sorted set of the
 * times of the events it counted, under the deployment's namespace; one Lua script looks
 * at every window a request touches and then either adds the event to all of them or to
 * none, so concurrent callers (on any number of instances) can never get past a limit,
 * and a refused request uses up nothing (in a Redis Cluster: one script per slot, see
 * {@link #take}).
 *
 * <p>A sliding log rather than a token bucket or fixed windows: it is exact (never more
 * than {@code limit} events in any {@code seconds}-long stretch, also across a fixed
 * window's edge), it needs only integer arithmetic on millisecond times, and the wait
 * until the next free place is simply "the oldest counted event's age out". Its memory,
 * one entry per counted event, is bounded by the limit, which stays small here.
 *
 * <p>Times come from the injected clock, so tests can move time; instances' clocks only
 * need to agree to well under a window.
 */
public final class RateLimiter implements RateLimits {

    /**
     * KEYS: the windows, then the key to claim (when there is one). ARGV: now (ms), a member
     * unique to this event, the number of windows, the claim's lifetime (s; 0: no claim), then
     * per window its limit and length (ms). Counts the event in all windows, or in none when
     * one is full or the key is already claimed. Returns {wait ms (0: not full), the 1-based
     * index of the window that waits longest, 1 when the key was already claimed}.
     */
    private static final String SCRIPT = String.join("\n",
            "local now, n, claim = tonumber(ARGV[1]), tonumber(ARGV[3]), tonumber(ARGV[4])",
            "local wait, worst = 0, 0",
            "for i = 1, n do",
            "  local key, limit, window = KEYS[i], tonumber(ARGV[3 + 2 * i]), tonumber(ARGV[4 + 2 * i])",
            "  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)",
            "  if redis.call('ZCARD', key) >= limit then",
            "    local oldest = redis.call('ZRANGE', key, -limit, -limit, 'WITHSCORES')",
            "    local w = math.max(1, tonumber(oldest[2]) + window - now)",
            "    if w > wait then wait, worst = w, i end",
            "  end",
            "end",
            "if wait > 0 then return {wait, worst, 0} end",
            "if claim > 0 and not redis.call('SET', KEYS[n + 1], '1', 'NX', 'EX', claim) then return {0, 0, 1} end",
            "for i = 1, n do",
            "  local key, limit, window = KEYS[i], tonumber(ARGV[3 + 2 * i]), tonumber(ARGV[4 + 2 * i])",
            "  redis.call('ZADD', key, now, ARGV[2])",
            "  redis.call('ZREMRANGEBYRANK', key, 0, -limit - 1)",
            "  redis.call('PEXPIRE', key, window)",
            "end",
            "return {0, 0, 0}");

    private final Redis redis;
    private final Clock clock;

    public RateLimiter(Redis redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /** At most {@code limit} events per {@code seconds} under {@code key}. */
    public static Window window(String key, int limit, long seconds) {
        return RateLimits.window(key, limit, seconds);
    }

    @Override
    public Verdict acquire(List<Window> windows) {
        return take(windows, null, 0);
    }

    /**
     * Like {@link #acquire}, and in the same step claims {@code claimKey} for
     * {@code claimSeconds} (a one-time value such as a nonce): a key already claimed refuses
     * the event ({@link Verdict#alreadyClaimed()}) and counts nothing.
     */
    @Override
    public Verdict acquireClaiming(List<Window> windows, String claimKey, long claimSeconds) {
        if (claimSeconds < 1) {
            throw new IllegalArgumentException("a claim lasts a second or more");
        }
        return take(windows, claimKey, claimSeconds);
    }

    /**
     * Gives back the place that {@link #acquire} took for one event (an attempt that turned
     * out not to count), so a place is held only while its attempt is decided.
     */
    @Override
    public void release(List<Window> windows, Verdict taken) {
        if (taken.member() == null) {
            return;
        }
        List<String> keys = new ArrayList<>();
        for (Window w : windows) {
            keys.add(redis.keys().limit(w.key()));
        }
        give(keys, taken.member());
    }

    /**
     * One script per slot ({@link Redis#slotOf}): on one server that is one script for
     * everything; in a Redis Cluster the windows of other slots are counted by scripts of their
     * own, one after another, and a refusal gives back what the earlier ones took. A refused
     * event may so hold a place for a moment, never more places than the limits allow.
     */
    private Verdict take(List<Window> windows, String claimKey, long claimSeconds) {
        if (windows.isEmpty() && claimKey == null) {
            return Verdict.ALLOWED;
        }
        long now = clock.millis();
        String member = now + ":" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        String claim = claimKey == null ? null : redis.keys().limit(claimKey);
        Map<Integer, List<Integer>> windowsOfSlot = new LinkedHashMap<>();
        for (int i = 0; i < windows.size(); i++) {
            windowsOfSlot.computeIfAbsent(redis.slotOf(redis.keys().limit(windows.get(i).key())), s -> new ArrayList<>()).add(i);
        }
        Integer claimSlot = claim == null ? null : redis.slotOf(claim);
        if (claimSlot != null) {
            // The claim's slot goes last, so the key is claimed only once every other window said yes.
            List<Integer> together = windowsOfSlot.remove(claimSlot);
            windowsOfSlot.put(claimSlot, together == null ? new ArrayList<>() : together);
        }
        List<String> taken = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> slot : windowsOfSlot.entrySet()) {
            List<Window> group = new ArrayList<>();
            slot.getValue().forEach(i -> group.add(windows.get(i)));
            String groupClaim = claimSlot != null && claimSlot.equals(slot.getKey()) ? claim : null;
            Verdict verdict = takeInOneSlot(group, groupClaim, claimSeconds, now, member);
            if (!verdict.allowed()) {
                give(taken, member);
                return verdict;
            }
            group.forEach(w -> taken.add(redis.keys().limit(w.key())));
        }
        return new Verdict(0, null, member, false);
    }

    private Verdict takeInOneSlot(List<Window> windows, String claim, long claimSeconds, long now, String member) {
        List<String> keys = new ArrayList<>();
        List<String> args = new ArrayList<>();
        args.add(Long.toString(now));
        args.add(member);
        args.add(Integer.toString(windows.size()));
        args.add(Long.toString(claim == null ? 0 : claimSeconds));
        for (Window w : windows) {
            keys.add(redis.keys().limit(w.key()));
            args.add(Integer.toString(w.limit()));
            args.add(Long.toString(w.seconds() * 1000));
        }
        if (claim != null) {
            keys.add(claim);
        }
        List<?> reply = (List<?>) redis.call(j -> j.eval(SCRIPT, keys, args));
        long waitMillis = ((Number) reply.get(0)).longValue();
        int worst = ((Number) reply.get(1)).intValue();
        if (waitMillis > 0) {
            return new Verdict(waitMillis, windows.get(worst - 1), null, false);
        }
        if (((Number) reply.get(2)).intValue() == 1) {
            return new Verdict(0, null, null, true);
        }
        return new Verdict(0, null, member, false);
    }

    /** Removes the event from the windows; one pipeline, as the windows may live on several nodes. */
    private void give(List<String> keys, String member) {
        if (keys.isEmpty()) {
            return;
        }
        redis.call(j -> {
            try (AbstractPipeline p = j.pipelined()) {
                keys.forEach(k -> p.zrem(k, member));
                p.sync();
            }
            return null;
        });
    }
}
