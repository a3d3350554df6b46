package io.roomservice.domain.limits;

import io.roomservice.config.Settings;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The abuse limits of every family: each {@link Limited} thing is counted per caller and
 * per source address in sliding windows (the settings' LIMIT_*). A request without either
 * is counted against what it has.
 *
 * <p>When Redis is down the limits fail closed: the request is refused with the family's
 * "unavailable" error and nothing is created. Every limited action but the video rooms
 * already needs Redis (presence, heartbeats, WeChat sessions, VoIP seats, tokens), so
 * failing open would buy almost no availability and would lift the limits exactly when
 * the service is weakest.
 */
public final class AbuseLimits {

    private final RateLimits limiter;
    private final Map<Limited, Limits> limits = new EnumMap<>(Limited.class);

    public AbuseLimits(RateLimits limiter, Settings settings) {
        this.limiter = limiter;
        for (Limited l : Limited.values()) {
            limits.put(l, new Limits(l.perCaller().map(settings::integer).orElse(0), settings.integer(l.perAddress()),
                    settings.seconds(l.window())));
        }
    }

    /** An allowance for one request, spent at most once. */
    public Allowance allowance(Limited what, Requester who) {
        return new Allowance() {
            private boolean spent;

            @Override
            public synchronized void spend() {
                if (!spent) {
                    check(what, who);
                    spent = true;
                }
            }
        };
    }

    /** The address of a request that arrived without one (the same word the OAuth failure limit uses). */
    static final String UNKNOWN_ADDRESS = "unknown";

    /** Counts the request now, or throws {@link LimitExceeded} having counted nothing. */
    public void check(Limited what, Requester who) {
        Limits l = limits.get(what);
        List<RateLimits.Window> windows = new ArrayList<>(2);
        if (l.perCaller > 0) {
            who.caller().ifPresent(c -> windows.add(RateLimits.window(LimitKeys.abuseByCaller(what, c), l.perCaller, l.windowSeconds)));
        }
        // A request with neither a caller nor an address still counts, in one shared bucket.
        Optional<String> address = who.caller().isPresent() ? who.address() : Optional.of(who.address().orElse(UNKNOWN_ADDRESS));
        RateLimits.Window byAddress = address
                .map(a -> RateLimits.window(LimitKeys.abuseByAddress(what, a), l.perAddress, l.windowSeconds)).orElse(null);
        if (byAddress != null) {
            windows.add(byAddress);
        }
        RateLimits.Verdict verdict = limiter.acquire(windows);
        if (!verdict.allowed()) {
            throw new LimitExceeded(what, verdict.full() == byAddress, verdict.retryAfterSeconds());
        }
    }

    private static final class Limits {
        final int perCaller;
        final int perAddress;
        final long windowSeconds;

        Limits(int perCaller, int perAddress, long windowSeconds) {
            this.perCaller = perCaller;
            this.perAddress = perAddress;
            this.windowSeconds = windowSeconds;
        }
    }
}
