package io.roomservice.domain.apaas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.AppStores;
import io.roomservice.domain.apaas.ApaasRoomRefusal.Reason;
import io.roomservice.domain.user.Presence;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Presence follows keepalives alone (issue 13): a room whose presence set in Redis expired or
 * was lost, or a whole Redis that lost its data, neither hides the people who keep alive nor
 * lets the sweeper remove them or end their rooms; the silent still go. Each test has a
 * database of its own, and deletes only the Redis keys of that database and of its users
 * (Redis is shared).
 */
class ApaasPresenceRecoveryTest {

    private static final int KEEPALIVE_SECONDS = 10;

    private ApaasFixture f;

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    private Presence presence() {
        return f.app.accounts().presence();
    }

    private void keepalivePeriod(List<String> alive) {
        f.clock.advance(Duration.ofSeconds(KEEPALIVE_SECONDS));
        alive.forEach(presence()::touch);
    }

    private String redisPrefix() {
        return AppStores.redis(f.app).keys().namespace() + ":apaas:";
    }

    /** Deletes the Redis keys of this test's database that match the pattern, found with SCAN. */
    private int deleteKeys(String pattern) {
        return AppStores.redis(f.app).call(j -> {
            int deleted = 0;
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = j.scan(cursor, new ScanParams().match(pattern).count(1000));
                for (String key : page.getResult()) {
                    deleted += (int) j.del(key);
                }
                cursor = page.getCursor();
            } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
            return deleted;
        });
    }

    /** Redis loses everything of this test: every key under its namespace (liveness keys included). */
    private void redisLosesItsData(List<String> users) {
        assertTrue(deleteKeys(AppStores.redis(f.app).keys().everyKeyPattern()) > 0);
        users.forEach(u -> assertNull(AppStores.redis(f.app).call(j -> j.get(AppStores.redis(f.app).keys().presence(u)))));
    }

    private List<String> listedUsers(String viewer, String roomId) {
        return f.rooms.listUsers(viewer, roomId, 0, Optional.empty(), 100).items().stream()
                .map(RoomMember::userId).sorted().collect(Collectors.toList());
    }

    /** The rooms query_room shows, with their present counts. */
    private Map<String, Integer> shownRooms(String viewer) {
        RoomQuery all = new RoomQuery(ApaasFixture.APP_ID, Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                RoomQuery.Order.CREATED, 0, Optional.empty(), 100);
        return f.rooms.query(viewer, all).items().stream().collect(Collectors.toMap(ApaasRoom::roomId, ApaasRoom::present));
    }

    @Test
    void aRoomWhosePresenceSetIsGoneLivesOnWhileItsPeopleKeepAlive() {
        f = ApaasFixture.start(Map.of());
        String owner = f.user("owner");
        List<String> people = List.of(owner, f.user("guest1"), f.user("guest2"));
        String roomId = "lost-set";
        people.forEach(u -> f.enter(u, roomId));
        keepalivePeriod(people);
        // The room's set expires (24 h without an enter) or is evicted; the people go on.
        assertEquals(1, deleteKeys(redisPrefix() + "room:*"));

        int sweeps = 0;
        for (int t = 0; t < 100; t += KEEPALIVE_SECONDS) { // past the presence TTL and the grace period
            keepalivePeriod(people);
            ApaasSweepReport report = f.rooms.sweep();
            sweeps++;
            assertEquals(0, report.staleMembersRemoved(), "sweep " + sweeps + ": " + report);
            assertEquals(0, report.roomsEnded(), "sweep " + sweeps + ": " + report);
            assertEquals(0, report.errors(), report.toString());
        }
        assertEquals("open", f.status(roomId));
        assertNull(f.abandonedAt(roomId));
        assertEquals(ApaasFixture.sorted(people), f.memberRows(roomId));
        assertEquals(ApaasFixture.sorted(people), listedUsers(people.get(1), roomId));
        assertEquals(Map.of(roomId, 3), shownRooms(people.get(2)));
        assertEquals(3, f.rooms.detail(owner, roomId).present());
    }

    @Test
    void theSweeperAsksTheLivenessKeysBeforeRemovingAnyoneAndPutsTheLiveBack() {
        f = ApaasFixture.start(Map.of());
        String owner = f.user("owner");
        List<String> people = List.of(owner, f.user("guest"));
        String roomId = "set-lost-before-sweep";
        people.forEach(u -> f.enter(u, roomId));
        for (int i = 0; i < 4; i++) {
            keepalivePeriod(people);
        }
        // The set goes between the last keepalives and the sweep.
        assertEquals(1, deleteKeys(redisPrefix() + "room:*"));

        ApaasSweepReport report = f.rooms.sweep();
        assertEquals(0, report.staleMembersRemoved(), report.toString());
        assertNull(f.abandonedAt(roomId), "the owner kept alive");
        assertEquals(ApaasFixture.sorted(people), f.memberRows(roomId));
        assertEquals(ApaasFixture.sorted(people), listedUsers(owner, roomId), "the sweep put the live back");
        assertEquals(Map.of(roomId, 2), shownRooms(people.get(1)));
    }

    @Test
    void afterRedisLosesItsDataRoomsWithActivePeopleSurviveAndOnlyTheSilentGo() {
        f = ApaasFixture.start(Map.of("APAAS_ROOM_GRACE_SECONDS", "60"));
        String activeOwner = f.user("active-owner");
        String activeGuest = f.user("active-guest");
        String halfOwner = f.user("half-owner");
        String halfGuest = f.user("half-guest");
        String silentOwner = f.user("silent-owner");
        String silentGuest = f.user("silent-guest");
        List<String> everyone = List.of(activeOwner, activeGuest, halfOwner, halfGuest, silentOwner, silentGuest);
        f.enter(activeOwner, "active");
        f.enter(activeGuest, "active");
        f.enter(halfOwner, "half");
        f.enter(halfGuest, "half");
        f.enter(silentOwner, "silent");
        f.enter(silentGuest, "silent");
        for (int i = 0; i < 6; i++) {
            keepalivePeriod(everyone);
        }
        assertEquals(0, f.rooms.sweep().staleMembersRemoved());

        redisLosesItsData(everyone);
        f.clock.advance(Duration.ofSeconds(5));
        // A sweep before anyone could keep alive again: an absence is Redis's loss, not silence.
        ApaasSweepReport early = f.rooms.sweep();
        assertEquals(0, early.staleMembersRemoved(), early.toString());
        assertEquals(0, early.roomsEnded(), early.toString());
        for (String roomId : List.of("active", "half", "silent")) {
            assertNull(f.abandonedAt(roomId), roomId);
        }

        List<String> active = List.of(activeOwner, activeGuest, halfOwner);
        int removed = 0;
        int ended = 0;
        for (int t = 0; t < 120; t += KEEPALIVE_SECONDS) { // past the presence TTL, then the grace period
            keepalivePeriod(active);
            ApaasSweepReport report = f.rooms.sweep();
            assertEquals(0, report.errors(), report.toString());
            removed += report.staleMembersRemoved();
            ended += report.roomsEnded();
        }
        assertEquals(3, removed, "the silent guest of 'half' and both people of 'silent'");
        assertEquals(1, ended);
        assertEquals("open", f.status("active"));
        assertEquals("open", f.status("half"));
        assertEquals("ended", f.status("silent"));
        assertEquals(ApaasFixture.sorted(List.of(activeOwner, activeGuest)), f.memberRows("active"));
        assertEquals(List.of(halfOwner), f.memberRows("half"));
        assertEquals(ApaasFixture.sorted(List.of(activeOwner, activeGuest)), listedUsers(activeGuest, "active"));
        assertEquals(Map.of("active", 2, "half", 1), shownRooms(activeGuest));
        assertEquals(Reason.NOT_FOUND, assertThrows(ApaasRoomRefusal.class, () -> f.enter(silentOwner, "silent")).reason());
    }

    @Test
    void theSilentStillGoWhenTheirRoomsSetsAreGone() {
        f = ApaasFixture.start(Map.of("APAAS_ROOM_GRACE_SECONDS", "60"));
        String owner = f.user("owner");
        String talker = f.user("talker");
        String quiet = f.user("quiet");
        String goneOwner = f.user("gone-owner");
        f.enter(owner, "kept");
        f.enter(talker, "kept");
        f.enter(quiet, "kept");
        f.enter(goneOwner, "dropped");
        f.enter(talker, "dropped");
        assertEquals(2, deleteKeys(redisPrefix() + "room:*"));

        List<String> alive = List.of(owner, talker);
        List<ApaasSweepReport> reports = new ArrayList<>();
        for (int t = 0; t < 120; t += KEEPALIVE_SECONDS) {
            keepalivePeriod(alive);
            reports.add(f.rooms.sweep());
        }
        assertEquals(2, reports.stream().mapToInt(ApaasSweepReport::staleMembersRemoved).sum(),
                "the quiet member and the gone owner: " + reports);
        assertEquals(1, reports.stream().mapToInt(ApaasSweepReport::roomsEnded).sum(), reports.toString());
        assertEquals(ApaasFixture.sorted(List.of(owner, talker)), f.memberRows("kept"));
        assertEquals("open", f.status("kept"));
        assertEquals("ended", f.status("dropped"), "a room whose owner went silent ends, present guests or not");
        assertEquals(ApaasFixture.sorted(List.of(owner, talker)), listedUsers(talker, "kept"));
        assertEquals(Map.of("kept", 2), shownRooms(talker));
    }
}
