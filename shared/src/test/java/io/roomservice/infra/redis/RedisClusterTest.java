package io.roomservice.infra.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.domain.user.Presence;
import io.roomservice.infra.token.InvalidTokenException;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.infra.token.TokenService;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.RoomServiceCalls;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.TestInfra;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Every Redis family of the service on a real three-master Redis Cluster (always, whatever
 * TEST_REDIS says): a script or MGET over keys of two slots would fail here with CROSSSLOT.
 */
class RedisClusterTest {

    private static MutableClock clock;
    private static App app;

    @BeforeAll
    static void start() {
        clock = new MutableClock(Instant.now());
        app = TestApps.startOnCluster(RoomServiceCalls.liveSettings(), clock);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theRateLimiterCountsWindowsOfSeveralSlotsAllOrNothing() {
        RateLimiter limiter = new RateLimiter(AppStores.redis(app), clock);
        String roomy = "roomy-" + TestApps.randomHex(4);
        String tight = otherSlotThan(roomy, "tight-");
        List<RateLimiter.Window> both = List.of(RateLimiter.window(roomy, 3, 60), RateLimiter.window(tight, 1, 60));

        assertTrue(limiter.acquire(both).allowed());
        RateLimiter.Verdict refused = limiter.acquire(both);
        assertFalse(refused.allowed());
        assertEquals(tight, refused.full().key());
        // The refused event gave back its place in the roomy window: two places are left there.
        assertTrue(limiter.acquire(List.of(RateLimiter.window(roomy, 3, 60))).allowed());
        assertTrue(limiter.acquire(List.of(RateLimiter.window(roomy, 3, 60))).allowed());
        assertFalse(limiter.acquire(List.of(RateLimiter.window(roomy, 3, 60))).allowed());
    }

    @Test
    void aClaimInAnotherSlotIsTakenOnceAndARefusedClaimCountsNothing() {
        RateLimiter limiter = new RateLimiter(AppStores.redis(app), clock);
        String window = "claims-" + TestApps.randomHex(4);
        String nonce = otherSlotThan(window, "nonce-");
        List<RateLimiter.Window> windows = List.of(RateLimiter.window(window, 2, 60));

        assertTrue(limiter.acquireClaiming(windows, nonce, 60).allowed());
        assertTrue(limiter.acquireClaiming(windows, nonce, 60).alreadyClaimed());
        assertTrue(limiter.acquire(windows).allowed(), "the refused claim gave its place back");
        assertFalse(limiter.acquire(windows).allowed());
    }

    @Test
    void aRevokedTokenIsRefused() {
        TokenService tokens = app.tokens();
        String issued = tokens.issue(TokenAudience.APAAS, "cluster-user-1");
        tokens.revoke(tokens.verify(TokenAudience.APAAS, issued));
        assertThrows(InvalidTokenException.class, () -> tokens.verify(TokenAudience.APAAS, issued));

        String earlier = tokens.issue(TokenAudience.APAAS, "cluster-user-2");
        clock.advance(Duration.ofSeconds(1));
        tokens.revokeAllFor("cluster-user-2");
        clock.advance(Duration.ofSeconds(1));
        assertThrows(InvalidTokenException.class, () -> tokens.verify(TokenAudience.APAAS, earlier));
        tokens.verify(TokenAudience.APAAS, tokens.issue(TokenAudience.APAAS, "cluster-user-2"));
    }

    @Test
    void aKeepaliveRefreshesThePresenceInRoomsOfOtherSlots() {
        Presence presence = app.accounts().presence();
        String alice = "alice-" + TestApps.randomHex(4);
        long first = 1_000_001;
        long second = roomInOtherSlotThan(first);
        presence.entered(first, alice);
        presence.entered(second, alice);
        clock.advance(Duration.ofSeconds(3));

        long now = presence.touch(alice);

        assertEquals(List.of((double) now), presence.lastSeen(first, List.of(alice)));
        assertEquals(List.of((double) now), presence.lastSeen(second, List.of(alice)));
        assertEquals(Set.of(alice), presence.online(List.of(alice, otherSlotThan(AppStores.redis(app).keys().presence(alice), "bob-"))));
    }

    @Test
    void heartbeatsKeepAPusherIn() {
        String roomId = app.roomService().createRoom(RoomType.MULTI, "pusher-1", Optional.empty(), "info");
        app.roomService().addPusher(RoomType.MULTI, "pusher-1", roomId, "p", "", app.roomService().urls().pushUrl("pusher-1"));
        clock.advance(Duration.ofSeconds(5));
        app.roomService().heartbeat(RoomType.MULTI, "pusher-1", roomId);
        assertEquals(1, app.roomService().pushers(RoomType.MULTI, roomId).pushers().size());
    }

    @Test
    void aVoipRoomAdmitsItsCapacity() {
        String group = "group-" + TestApps.randomHex(4);
        int admitted = 0;
        for (int i = 0; i < 12; i++) {
            String openId = "open-" + i;
            AppStores.redis(app).call(j -> j.set(AppStores.redis(app).keys().weChatSession(openId), "c2Vzc2lvbi1rZXktMTIzNA==", SetParams.setParams().ex(60)));
            admitted += app.voipRooms().join(openId, group).isPresent() ? 1 : 0;
        }
        assertEquals(10, admitted);
    }

    @Test
    void connectionsKilledByTheServerAreReplacedWithoutAFailure() {
        Redis redis = AppStores.redis(app);
        for (int i = 0; i < 20; i++) {
            String key = redis.keys().limit("recovery-" + i);
            redis.call(j -> j.set(key, "1")); // a pooled connection to every node
        }
        assertTrue(killConnectionsNamed(redis.clientName()) >= TestInfra.cluster().ports().size());
        for (int i = 0; i < 20; i++) {
            String key = redis.keys().limit("recovery-" + i);
            assertEquals("1", redis.call(j -> j.get(key)));
        }
    }

    @Test
    void everyKeyWrittenCarriesTheNamespace() {
        Set<String> before = allKeys();
        theRateLimiterCountsWindowsOfSeveralSlotsAllOrNothing();
        aClaimInAnotherSlotIsTakenOnceAndARefusedClaimCountsNothing();
        aRevokedTokenIsRefused();
        aKeepaliveRefreshesThePresenceInRoomsOfOtherSlots();
        heartbeatsKeepAPusherIn();
        aVoipRoomAdmitsItsCapacity();
        AppStores.redis(app).call(j -> j.set(AppStores.redis(app).keys().weChatSession("open-x"), "x", SetParams.setParams().ex(60)));

        Set<String> written = new HashSet<>(allKeys());
        written.removeAll(before);
        String namespace = AppStores.redis(app).keys().namespace() + ":";
        assertEquals(Set.of(), written.stream().filter(k -> !k.startsWith(namespace)).collect(Collectors.toSet()));
        for (String family : List.of(":limit:", ":tok:", ":apaas:presence:", ":apaas:rooms-of:", ":apaas:room:",
                ":rs:heartbeats", ":voip:room:", ":wx:session:")) {
            assertTrue(written.stream().anyMatch(k -> k.contains(family)), family + " in " + written);
        }
    }

    private static String otherSlotThan(String key, String prefix) {
        Redis redis = AppStores.redis(app);
        String unique = prefix + TestApps.randomHex(4) + "-";
        for (int i = 0; ; i++) {
            String candidate = unique + i;
            if (redis.slotOf(redis.keys().limit(candidate)) != redis.slotOf(redis.keys().limit(key))
                    && redis.slotOf(redis.keys().presence(candidate)) != redis.slotOf(key)) {
                return candidate;
            }
        }
    }

    private static long roomInOtherSlotThan(long pk) {
        Redis redis = AppStores.redis(app);
        long other = pk + 1;
        while (redis.slotOf(redis.keys().apaasRoom(other)) == redis.slotOf(redis.keys().apaasRoom(pk))) {
            other++;
        }
        assertNotEquals(redis.slotOf(redis.keys().apaasRoom(other)), redis.slotOf(redis.keys().apaasRoom(pk)));
        return other;
    }

    private static Set<String> allKeys() {
        Set<String> keys = new HashSet<>();
        for (int port : TestInfra.cluster().ports()) {
            try (Jedis node = new Jedis("127.0.0.1", port)) {
                String cursor = ScanParams.SCAN_POINTER_START;
                do {
                    ScanResult<String> page = node.scan(cursor, new ScanParams().count(1000));
                    keys.addAll(page.getResult());
                    cursor = page.getCursor();
                } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
            }
        }
        return keys;
    }

    /** As a Redis restart or an idle timeout would: the server closes the connections. */
    private static int killConnectionsNamed(String name) {
        int killed = 0;
        for (int port : TestInfra.cluster().ports()) {
            try (Jedis node = new Jedis("127.0.0.1", port)) {
                for (String client : node.clientList().split("\n")) {
                    if (client.contains(" name=" + name + " ")) {
                        String id = client.replaceAll("^id=(\\d+) .*$", "$1");
                        node.sendCommand(redis.clients.jedis.Protocol.Command.CLIENT, "KILL", "ID", id);
                        killed++;
                    }
                }
            }
        }
        return killed;
    }
}
