package io.roomservice.domain.apaas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.roomservice.app.App;
import io.roomservice.domain.apaas.ApaasRoomRefusal.Reason;
import io.roomservice.domain.user.Presence;
import io.roomservice.testing.TestApps;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The timer cleanup (§10): stale members go, rooms whose owner stays away end after the
 * grace period, reservations lapse, bans expire, failed teardowns are retried, and sweeps
 * running at once do each cleanup once. Each test has a database of its own, so a sweep's
 * counts are exactly the test's.
 */
class ApaasSweeperTest {

    private ApaasFixture f;

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    private ApaasFixture start(Map<String, String> overrides) {
        f = ApaasFixture.start(overrides);
        return f;
    }

    private Presence presence() {
        return f.app.accounts().presence();
    }

    private void advance(int seconds) {
        f.clock.advance(Duration.ofSeconds(seconds));
    }

    /** Plain ids: entering does not need a registered user, and the sweeper only sees ids. */
    private static List<String> ids(String prefix, int n) {
        String run = TestApps.randomHex(3);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(prefix + "-" + run + "-" + i);
        }
        return out;
    }

    @Test
    void staleMembersAreRemovedAndTheCountFollows() {
        start(Map.of());
        String owner = f.user("owner");
        String kept = f.user("kept");
        List<String> stale = List.of(f.user("stale1"), f.user("stale2"));
        String roomId = "sweep-stale";
        f.enter(owner, roomId);
        f.enter(kept, roomId);
        stale.forEach(u -> f.enter(u, roomId));

        advance(20);
        presence().touch(owner);
        presence().touch(kept);
        advance(11);
        String late = f.user("late");
        f.enter(late, roomId); // joined just now: not stale
        assertEquals(5, f.memberCount(roomId));

        ApaasSweepReport report = f.rooms.sweep();
        assertEquals(2, report.staleMembersRemoved(), report.toString());
        assertEquals(0, report.roomsEnded());
        assertEquals(0, report.errors());
        assertEquals(ApaasFixture.sorted(List.of(owner, kept, late)), f.memberRows(roomId));
        assertEquals(3, f.memberCount(roomId));
        assertEquals("open", f.status(roomId));
        assertNull(f.abandonedAt(roomId));
        assertEquals(3, f.rooms.detail(owner, roomId).present());

        assertEquals(0, f.rooms.sweep().staleMembersRemoved(), "nothing is removed twice");
        // A removed member is out for good: their keepalive does not count, entering again works.
        presence().touch(stale.get(0));
        assertEquals(3, f.rooms.detail(owner, roomId).present());
        assertEquals("audience", f.enter(stale.get(0), roomId).role());
        assertEquals(4, f.memberCount(roomId));
    }

    @Test
    void aRoomWhoseOwnerStaysAwayEndsAfterTheGracePeriod() {
        start(Map.of("APAAS_ROOM_GRACE_SECONDS", "60"));
        String owner = f.user("owner");
        String guest = f.user("guest");
        String roomId = "3600000001";
        f.enter(owner, roomId);
        f.enter(guest, roomId);

        advance(31);
        presence().touch(guest);
        long firstSweepAt = f.clock.millis();
        ApaasSweepReport first = f.rooms.sweep();
        assertEquals(0, first.roomsEnded());
        assertEquals(0, first.errors(), first.toString());
        assertEquals(1, first.staleMembersRemoved(), "the silent owner's membership goes like anyone's");
        assertEquals(Long.valueOf(firstSweepAt), f.abandonedAt(roomId), "the first sweep notes the owner gone");
        assertEquals("open", f.status(roomId));

        advance(29);
        presence().touch(guest);
        assertEquals(0, f.rooms.sweep().roomsEnded(), "not before the grace period");
        assertEquals("open", f.status(roomId));
        assertEquals(0, f.imCalls("destroy_group", roomId));

        advance(31); // 60 s after the first sweep
        presence().touch(guest);
        ApaasSweepReport ending = f.rooms.sweep();
        assertEquals(1, ending.roomsEnded(), ending.toString());
        assertEquals(1, ending.teardownsDone());
        assertEquals("ended", f.status(roomId));
        assertEquals(List.of(), f.memberRows(roomId));
        assertEquals(0, f.memberCount(roomId));
        assertEquals(0, f.teardownPending(roomId));
        assertEquals(1, f.imCalls("destroy_group", roomId));
        assertEquals(1, f.dismissals(roomId));

        advance(100);
        assertEquals(0, f.rooms.sweep().roomsEnded());
        assertEquals(1, f.imCalls("destroy_group", roomId), "torn down once");
        assertEquals(1, f.dismissals(roomId));
        assertEquals(Reason.NOT_FOUND, assertThrows(ApaasRoomRefusal.class, () -> f.enter(owner, roomId)).reason());
    }

    @Test
    void anOwnerWhoComesBackWithinTheGracePeriodKeepsTheRoom() {
        start(Map.of("APAAS_ROOM_GRACE_SECONDS", "60"));
        String owner = f.user("owner");
        String roomId = "sweep-owner-back";
        f.enter(owner, roomId);
        advance(31);
        f.rooms.sweep();
        assertNotNull(f.abandonedAt(roomId));

        f.enter(owner, roomId); // back (the sweep had removed the stale membership)
        f.rooms.sweep();
        assertNull(f.abandonedAt(roomId), "the owner's return clears the note");
        for (int i = 0; i < 4; i++) {
            advance(25);
            presence().touch(owner);
            assertEquals(0, f.rooms.sweep().roomsEnded());
        }
        assertEquals("open", f.status(roomId));
        assertEquals(0, f.imCalls("destroy_group", roomId));
    }

    @Test
    void reservationsNeverEnteredLapse() {
        start(Map.of("APAAS_ROOM_RESERVATION_SECONDS", "120"));
        String owner = f.user("owner");
        String old1 = f.rooms.generateId(owner, Optional.of(ApaasFixture.APP_ID), RoomFields.NONE);
        String old2 = f.rooms.generateId(owner, Optional.empty(), RoomFields.NONE);
        String opened = f.rooms.generateId(owner, Optional.of(ApaasFixture.APP_ID), RoomFields.NONE);
        f.enter(owner, opened);
        advance(60);
        String fresh = f.rooms.generateId(owner, Optional.of(ApaasFixture.APP_ID), RoomFields.NONE);
        assertEquals("reserved", f.status(old1));
        advance(61);
        presence().touch(owner);

        ApaasSweepReport report = f.rooms.sweep();
        assertEquals(2, report.reservationsExpired(), report.toString());
        assertEquals(0, f.roomRows(old1));
        assertEquals(0, f.roomRows(old2));
        assertEquals("reserved", f.status(fresh));
        assertEquals("open", f.status(opened), "an entered reservation is a room, not a reservation");
        assertEquals(0, f.rooms.sweep().reservationsExpired());
        assertEquals(0, f.imCalls("destroy_group", old1), "a reservation had no group to tear down");
    }

    @Test
    void expiredBansAreForgotten() {
        start(Map.of("APAAS_KICK_BAN_SECONDS", "60"));
        String owner = f.user("owner");
        String early = f.user("early");
        String later = f.user("later");
        String roomId = "sweep-bans";
        f.enter(owner, roomId);
        f.enter(early, roomId);
        f.enter(later, roomId);
        f.rooms.kick(owner, roomId, early);
        assertEquals(1, f.trtcCalls("RemoveUserByStrRoomId", roomId));
        assertEquals(Reason.BANNED, assertThrows(ApaasRoomRefusal.class, () -> f.enter(early, roomId)).reason());
        advance(25);
        presence().touch(owner);
        presence().touch(later);
        advance(25);
        presence().touch(owner);
        presence().touch(later);
        f.rooms.kick(owner, roomId, later);
        advance(11); // early's ban: 61 s old; later's: 11 s
        presence().touch(owner);
        long pk = f.pk(roomId);
        assertEquals(2, f.sqlLong("SELECT COUNT(*) FROM apaas_room_bans WHERE room_pk = ?", pk));

        f.rooms.sweep();
        assertEquals(1, f.sqlLong("SELECT COUNT(*) FROM apaas_room_bans WHERE room_pk = ?", pk));
        assertEquals(1, f.sqlLong("SELECT COUNT(*) FROM apaas_room_bans WHERE room_pk = ? AND user_id = ?", pk, later));
        assertEquals("audience", f.enter(early, roomId).role(), "the ban is over");
        assertEquals(Reason.BANNED, assertThrows(ApaasRoomRefusal.class, () -> f.enter(later, roomId)).reason());
    }

    @Test
    void twoSweepsAtOnceDoEachCleanupOnce() throws Exception {
        start(Map.of("APAAS_ROOM_GRACE_SECONDS", "30"));
        int roomsOfEach = 12;
        // Rooms whose owners leave: swept once now (members removed, owner noted gone).
        List<String> doomed = new ArrayList<>();
        for (String owner : ids("gone-owner", roomsOfEach)) {
            String roomId = Long.toString(3_700_000_000L + doomed.size());
            doomed.add(roomId);
            f.enter(owner, roomId);
            for (String m : ids("gone-member", 2)) {
                f.enter(m, roomId);
            }
        }
        advance(31);
        ApaasSweepReport first = f.rooms.sweep();
        assertEquals(roomsOfEach * 3, first.staleMembersRemoved(), first.toString());
        assertEquals(0, first.roomsEnded());

        // Rooms whose owners stay, with two of three members going silent; and one new
        // member in each doomed room, whom its end takes out.
        List<String> live = new ArrayList<>();
        List<String> liveOwners = ids("live-owner", roomsOfEach);
        List<String> talkers = new ArrayList<>();
        for (String owner : liveOwners) {
            String roomId = "live-" + live.size();
            live.add(roomId);
            f.enter(owner, roomId);
            List<String> members = ids("live-member", 3);
            members.forEach(m -> f.enter(m, roomId));
            talkers.add(members.get(0));
        }
        advance(20);
        liveOwners.forEach(presence()::touch);
        talkers.forEach(presence()::touch);
        for (String roomId : doomed) {
            f.enter(ids("newcomer", 1).get(0), roomId);
        }
        advance(11); // 31 s since the first sweep: past the 30 s grace

        App other = f.sibling();
        CyclicBarrier go = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<ApaasSweepReport> reports = new ArrayList<>();
        try {
            List<Future<ApaasSweepReport>> sweeps = new ArrayList<>();
            for (ApaasRooms sweeper : List.of(f.rooms, other.apaasRooms())) {
                sweeps.add(pool.submit(() -> {
                    go.await(10, TimeUnit.SECONDS);
                    return sweeper.sweep();
                }));
            }
            for (Future<ApaasSweepReport> s : sweeps) {
                reports.add(s.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        int stale = reports.stream().mapToInt(ApaasSweepReport::staleMembersRemoved).sum();
        int ended = reports.stream().mapToInt(ApaasSweepReport::roomsEnded).sum();
        int teardowns = reports.stream().mapToInt(ApaasSweepReport::teardownsDone).sum();
        assertEquals(roomsOfEach * 2, stale, "each stale member removed once: " + reports);
        assertEquals(roomsOfEach, ended, "each abandoned room ended once: " + reports);
        assertEquals(roomsOfEach, teardowns, reports.toString());
        assertEquals(0, reports.stream().mapToInt(ApaasSweepReport::errors).sum());
        for (String roomId : doomed) {
            assertEquals("ended", f.status(roomId));
            assertEquals(List.of(), f.memberRows(roomId));
            assertEquals(0, f.memberCount(roomId));
            assertEquals(1, f.imCalls("destroy_group", roomId), "one destroy_group for " + roomId);
            assertEquals(1, f.dismissals(roomId), "one DismissRoom for " + roomId);
        }
        for (int i = 0; i < live.size(); i++) {
            String roomId = live.get(i);
            assertEquals("open", f.status(roomId));
            assertEquals(ApaasFixture.sorted(List.of(liveOwners.get(i), talkers.get(i))), f.memberRows(roomId));
            assertEquals(2, f.memberCount(roomId));
        }
        ApaasSweepReport after = f.rooms.sweep();
        assertEquals(0, after.staleMembersRemoved() + after.roomsEnded() + after.teardownsDone(), after.toString());
    }

    @Test
    void twoSweepsAtOnceRetryEachFailedTeardownOnce() throws Exception {
        start(Map.of());
        String owner = f.user("owner");
        f.imAnswers("destroy_group", 500, "down");
        List<String> ended = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String roomId = Long.toString(3_900_000_000L + i);
            ended.add(roomId);
            f.enter(owner, roomId);
            f.rooms.destroy(owner, roomId);
            assertEquals(1, f.teardownPending(roomId));
        }
        f.imAnswers("destroy_group", 200, ApaasFixture.IM_OK);
        f.im.delayResponses(Duration.ofMillis(100)); // each teardown takes a while: the sweeps overlap
        App other = f.sibling();
        CyclicBarrier go = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int teardowns = 0;
        try {
            List<Future<ApaasSweepReport>> sweeps = new ArrayList<>();
            for (ApaasRooms sweeper : List.of(f.rooms, other.apaasRooms())) {
                sweeps.add(pool.submit(() -> {
                    go.await(10, TimeUnit.SECONDS);
                    return sweeper.sweep();
                }));
            }
            for (Future<ApaasSweepReport> s : sweeps) {
                teardowns += s.get(60, TimeUnit.SECONDS).teardownsDone();
            }
        } finally {
            pool.shutdownNow();
            f.im.delayResponses(Duration.ZERO);
        }
        assertEquals(ended.size(), teardowns);
        for (String roomId : ended) {
            assertEquals(0, f.teardownPending(roomId));
            // IM answering HTTP 500 is retried at once in the request: three tries there, then the sweeper's one.
            assertEquals(4, f.imCalls("destroy_group", roomId), "the failed tries and one retry for " + roomId);
            assertEquals(1, f.dismissals(roomId), "one DismissRoom for " + roomId);
        }
    }

    @Test
    void oneRoomThatCannotBeSweptDoesNotStopTheOthers() {
        start(Map.of());
        String poison = "poison-" + TestApps.randomHex(4);
        // A database failure confined to one room: deleting this member's row fails.
        f.sqlUpdate("CREATE TRIGGER no_poison_delete BEFORE DELETE ON room_members FOR EACH ROW"
                + " BEGIN IF OLD.user_id = '" + poison + "' THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'cannot delete this member'; END IF; END");
        List<String> owners = ids("owner", 3);
        List<String> stale = ids("stale", 2);
        f.enter(owners.get(0), "bad-room");
        f.enter(poison, "bad-room");
        f.enter(owners.get(1), "good-room-1");
        f.enter(stale.get(0), "good-room-1");
        f.enter(owners.get(2), "good-room-2");
        f.enter(stale.get(1), "good-room-2");
        advance(20);
        owners.forEach(presence()::touch);
        advance(11);

        ApaasSweepReport report = f.rooms.sweep();
        assertEquals(1, report.errors(), report.toString());
        assertEquals(2, report.staleMembersRemoved());
        assertEquals(List.of(owners.get(1)), f.memberRows("good-room-1"));
        assertEquals(List.of(owners.get(2)), f.memberRows("good-room-2"));
        assertEquals(ApaasFixture.sorted(List.of(owners.get(0), poison)), f.memberRows("bad-room"));
        assertEquals(2, f.memberCount("bad-room"), "the failed room's count is untouched");
    }
}
