package io.roomservice.infra.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.config.Config;
import io.roomservice.config.Settings;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.TestApps;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sliding-window limiter on the real test Redis. */
class RateLimiterTest {

    private static App app;
    private static MutableClock clock;
    private static RateLimiter limiter;

    @BeforeAll
    static void start() {
        clock = new MutableClock(Instant.now());
        app = TestApps.start(Map.of(), clock);
        limiter = new RateLimiter(AppStores.redis(app), clock);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static List<RateLimiter.Window> one(String key, int limit, long seconds) {
        return List.of(RateLimiter.window(key, limit, seconds));
    }

    @Test
    void theEventAfterTheLimitIsRefusedWithTheWaitUntilTheOldestAgesOut() {
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.acquire(one("n", 5, 60)).allowed());
            clock.advance(Duration.ofSeconds(1));
        }
        RateLimiter.Verdict refused = limiter.acquire(one("n", 5, 60));
        assertFalse(refused.allowed());
        assertEquals(55, refused.retryAfterSeconds(), "the first event, 5 s old, ages out in 55 s");
        assertEquals("n", refused.full().key());
    }

    @Test
    void theWindowSlides() {
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.acquire(one("slide", 3, 10)).allowed());
        }
        assertFalse(limiter.acquire(one("slide", 3, 10)).allowed());
        clock.advance(Duration.ofSeconds(9));
        assertFalse(limiter.acquire(one("slide", 3, 10)).allowed(), "still inside the window");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(limiter.acquire(one("slide", 3, 10)).allowed(), "the first three aged out");
        assertTrue(limiter.acquire(one("slide", 3, 10)).allowed());
        assertTrue(limiter.acquire(one("slide", 3, 10)).allowed());
        assertFalse(limiter.acquire(one("slide", 3, 10)).allowed());
    }

    @Test
    void aRefusedEventCountsInNoWindow() {
        List<RateLimiter.Window> both = List.of(RateLimiter.window("all:caller", 10, 60), RateLimiter.window("all:address", 2, 60));
        assertTrue(limiter.acquire(both).allowed());
        assertTrue(limiter.acquire(both).allowed());
        for (int i = 0; i < 5; i++) {
            RateLimiter.Verdict v = limiter.acquire(both);
            assertFalse(v.allowed());
            assertEquals("all:address", v.full().key());
        }
        // The caller's window holds only the two counted events: 8 more fit.
        for (int i = 0; i < 8; i++) {
            assertTrue(limiter.acquire(List.of(RateLimiter.window("all:caller", 10, 60))).allowed());
        }
        assertFalse(limiter.acquire(List.of(RateLimiter.window("all:caller", 10, 60))).allowed());
    }

    @Test
    void aClaimIsTakenOnceAndARefusedClaimCountsNothing() {
        List<RateLimiter.Window> w = one("claims", 3, 60);
        RateLimiter.Verdict first = limiter.acquireClaiming(w, "nonce:a", 60);
        assertTrue(first.allowed());
        RateLimiter.Verdict again = limiter.acquireClaiming(w, "nonce:a", 60);
        assertTrue(again.alreadyClaimed());
        assertFalse(again.allowed());
        assertTrue(limiter.acquireClaiming(w, "nonce:b", 60).allowed(), "the refused claim used up no place");
        assertTrue(limiter.acquire(w).allowed());
        RateLimiter.Verdict full = limiter.acquireClaiming(w, "nonce:c", 60);
        assertFalse(full.allowed());
        assertFalse(full.alreadyClaimed(), "a full window refuses before the claim");
        assertTrue(limiter.acquireClaiming(List.of(), "nonce:c", 60).allowed(), "nonce:c was not claimed by the refused call");
    }

    @Test
    void aReleasedPlaceIsFreeAgainInEveryWindow() {
        List<RateLimiter.Window> w = List.of(RateLimiter.window("attempts:user", 2, 60), RateLimiter.window("attempts:ip", 5, 60));
        RateLimiter.Verdict first = limiter.acquire(w);
        assertTrue(limiter.acquire(w).allowed());
        assertFalse(limiter.acquire(w).allowed(), "both places of the user window are taken");
        limiter.release(w, first);
        assertTrue(limiter.acquire(w).allowed(), "the released place is free again");
        assertFalse(limiter.acquire(w).allowed());
    }

    @Test
    void racingCallersNeverGetPastTheLimit() throws Exception {
        int threads = 32;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return limiter.acquire(one("race", 10, 60)).allowed();
                }));
            }
            go.countDown();
            int allowed = 0;
            for (Future<Boolean> f : results) {
                allowed += f.get() ? 1 : 0;
            }
            assertEquals(10, allowed);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void keysLiveUnderTheDeploymentsNamespaceAndExpireWithTheirWindow() {
        Map<String, String> another = new HashMap<>(TestApps.settings());
        another.put("REDIS_KEY_NAMESPACE", "another-deployment-" + TestApps.randomHex(4));
        try (Redis otherRedis = new Redis(Settings.load(Config.of(another)).redis())) {
            RateLimiter other = new RateLimiter(otherRedis, clock);
            assertTrue(limiter.acquire(one("prefixed", 1, 30)).allowed());
            assertTrue(other.acquire(one("prefixed", 1, 30)).allowed(), "another deployment counts on its own");
        }
        long ttl = AppStores.redis(app).call(j -> j.pttl(AppStores.redis(app).keys().namespace() + ":limit:prefixed"));
        assertTrue(ttl > 0 && ttl <= 30_000, "expires with its window: " + ttl);
    }

    @Test
    void withRedisDownTheLimiterFailsClosed() {
        try (App down = TestApps.start(Map.of("REDIS_URL", "redis://127.0.0.1:1"), clock)) {
            RateLimiter broken = new RateLimiter(AppStores.redis(down), clock);
            assertThrows(RedisUnavailableException.class, () -> broken.acquire(one("x", 5, 60)));
        }
    }
}
