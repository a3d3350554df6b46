package io.roomservice.infra.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.config.Config;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.TestApps;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two instances on one MySQL and one Redis: revocation holds across them, and after Redis loses its data. */
class DurableRevocationTest {

    private static final Duration PAST_CACHE = Duration.ofMillis(DurableRevocations.CACHE_MILLIS + 1000);
    private static MutableClock clock;
    private static App first;
    private static App second;

    @BeforeAll
    static void start() {
        clock = new MutableClock(Instant.now());
        Map<String, String> shared = TestApps.settings();
        first = App.start(Config.of(shared), clock);
        second = App.start(Config.of(shared), clock);
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
    }

    @Test
    void aLoggedOutTokenStaysDeadOnTheOtherInstanceAfterRedisIsFlushed() {
        String token = first.tokens().issue(TokenAudience.APAAS, "u-eve");
        String other = first.tokens().issue(TokenAudience.APAAS, "u-eve");
        assertEquals("u-eve", second.tokens().verify(TokenAudience.APAAS, token).userId(), "the second instance caches it as live");

        first.tokens().revoke(first.tokens().verify(TokenAudience.APAAS, token));
        assertThrows(InvalidTokenException.class, () -> second.tokens().verify(TokenAudience.APAAS, token));

        flushRedis();
        clock.advance(PAST_CACHE);
        assertThrows(InvalidTokenException.class, () -> second.tokens().verify(TokenAudience.APAAS, token));
        assertThrows(InvalidTokenException.class, () -> first.tokens().verify(TokenAudience.APAAS, token));
        assertEquals("u-eve", second.tokens().verify(TokenAudience.APAAS, other).userId(), "logout ends that token only");
    }

    @Test
    void aDeletedUsersTokensStayDeadAfterRedisIsFlushed() {
        String apaas = first.tokens().issue(TokenAudience.APAAS, "u-frank");
        String roomService = first.tokens().issue(TokenAudience.ROOMSERVICE, "u-frank");
        second.tokens().verify(TokenAudience.ROOMSERVICE, roomService);
        long issuedAt = clock.instant().getEpochSecond();

        first.tokens().revokeAllFor("u-frank");
        flushRedis();
        clock.advance(PAST_CACHE);
        assertThrows(InvalidTokenException.class, () -> second.tokens().verify(TokenAudience.APAAS, apaas));
        assertThrows(InvalidTokenException.class, () -> second.tokens().verify(TokenAudience.ROOMSERVICE, roomService));
        assertTrue(second.tokens().revokedAt("u-frank", issuedAt), "credentials issued before the deletion are dead");

        clock.advance(Duration.ofSeconds(1));
        assertFalse(second.tokens().revokedAt("u-frank", clock.instant().getEpochSecond()));
        String fresh = first.tokens().issue(TokenAudience.APAAS, "u-frank");
        assertEquals("u-frank", second.tokens().verify(TokenAudience.APAAS, fresh).userId(), "a later login works");
    }

    @Test
    void revocationsAreNoticedWithinTheCacheBoundWithoutRedis() {
        String token = first.tokens().issue(TokenAudience.VIDEO, "u-gina");
        second.tokens().verify(TokenAudience.VIDEO, token);
        Token verified = first.tokens().verify(TokenAudience.VIDEO, token);
        first.tokens().revoke(verified);
        flushRedis();
        clock.advance(PAST_CACHE);
        assertThrows(InvalidTokenException.class, () -> second.tokens().verify(TokenAudience.VIDEO, token));
    }

    private static void flushRedis() {
        AppStores.redis(second).call(j -> j.flushAll());
    }
}
