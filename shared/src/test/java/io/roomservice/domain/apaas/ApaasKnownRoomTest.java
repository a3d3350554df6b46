package io.roomservice.domain.apaas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.AppStores;
import io.roomservice.domain.room.Leaving;
import io.roomservice.infra.db.JdbcTransactions;
import io.roomservice.infra.db.rooms.JdbcApaasRoomRepository;
import io.roomservice.infra.db.rooms.JdbcRoomRepository;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The short enter and leave of a room this process has seen ({@link KnownRooms}): the SQL
 * succeeds only when the locked path would do the same thing, changes nothing otherwise,
 * and a stale entry never reaches a different room.
 */
class ApaasKnownRoomTest {

    private static final String APP = ApaasFixture.APP_ID;

    private ApaasFixture f;
    private ApaasRoomRecords store;

    private void start(Map<String, String> settings) {
        f = ApaasFixture.start(settings);
        JdbcTransactions tx = new JdbcTransactions(AppStores.database(f.app));
        store = new ApaasRoomRecords(tx, new JdbcRoomRepository(tx), new JdbcApaasRoomRepository(tx));
    }

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    private KnownRooms.Known known(String roomId, String owner) {
        return new KnownRooms.Known(f.pk(roomId), roomId, owner);
    }

    private long totalJoined(String roomId) {
        return f.sqlLong("SELECT total_joined FROM apaas_rooms WHERE room_pk = ?", f.pk(roomId));
    }

    @Test
    void aPlainEnterAndLeaveCountOnce() {
        start(Map.of());
        String owner = f.user("owner");
        String guest = f.user("guest");
        f.enter(owner, "known-plain");
        KnownRooms.Known room = known("known-plain", owner);

        assertTrue(store.enterOpenRoom(room, "", guest, APP, "audience", f.clock.millis()));
        assertEquals(2, f.memberCount("known-plain"));
        assertEquals(2, totalJoined("known-plain"));
        assertEquals("audience", f.sqlString("SELECT role FROM room_members WHERE room_pk = ? AND user_id = ?",
                room.pk, guest));

        assertFalse(store.enterOpenRoom(room, "", guest, APP, "anchor", f.clock.millis()), "already in");
        assertEquals(2, f.memberCount("known-plain"));
        assertEquals(2, totalJoined("known-plain"));
        assertEquals("audience", f.sqlString("SELECT role FROM room_members WHERE room_pk = ? AND user_id = ?",
                room.pk, guest));

        assertTrue(store.leaveRoom(room, "", guest, Leaving.LEFT));
        assertEquals(ApaasFixture.sorted(List.of(owner)), f.memberRows("known-plain"));
        assertEquals(1, f.memberCount("known-plain"));
        assertFalse(store.leaveRoom(room, "", guest, Leaving.LEFT), "no longer in");
        assertEquals(1, f.memberCount("known-plain"));
    }

    @Test
    void refusesWhatTheLockedPathMustDecide() {
        start(Map.of());
        String owner = f.user("owner");
        String guest = f.user("guest");
        String kicked = f.user("kicked");
        f.enter(owner, "known-rules");
        f.enter(kicked, "known-rules");
        f.rooms.kick(owner, "known-rules", kicked);
        KnownRooms.Known room = known("known-rules", owner);
        long now = f.clock.millis();

        assertFalse(store.enterOpenRoom(room, "", kicked, APP, "audience", now), "barred");
        assertFalse(store.enterOpenRoom(room, "", guest, "another-app", "audience", now), "another appId");
        assertFalse(store.enterOpenRoom(room, "tenant-b", guest, APP, "audience", now), "another tenant");
        assertFalse(store.enterOpenRoom(new KnownRooms.Known(room.pk, "other-id", owner), "", guest, APP, "audience", now),
                "an entry whose id does not match the row");
        f.sqlUpdate("UPDATE rooms SET capacity = member_count WHERE id = ?", room.pk);
        assertFalse(store.enterOpenRoom(room, "", guest, APP, "audience", now), "full");
        f.sqlUpdate("UPDATE rooms SET capacity = 10 WHERE id = ?", room.pk);
        assertEquals(List.of(owner), f.memberRows("known-rules"));
        assertEquals(1, f.memberCount("known-rules"));

        f.rooms.destroy(owner, "known-rules");
        assertFalse(store.enterOpenRoom(room, "", guest, APP, "audience", now), "ended");
        assertFalse(store.leaveRoom(room, "", owner, Leaving.LEFT), "ended rooms have no members");
        assertEquals(0, f.memberCount("known-rules"));

        String reserved = f.rooms.generateId(owner, Optional.of(APP), RoomFields.NONE);
        assertFalse(store.enterOpenRoom(known(reserved, owner), "", guest, APP, "audience", now), "reserved");
        assertFalse(store.enterOpenRoom(known(reserved, owner), "", owner, APP, "anchor", now),
                "the owner opens a reservation through the locked path");
        assertEquals("reserved", f.status(reserved));
    }

    @Test
    void theRulesHoldForCallersOfAKnownRoom() {
        start(Map.of());
        String owner = f.user("owner");
        String guest = f.user("guest");
        f.enter(owner, "known-api");
        f.enter(guest, "known-api");
        f.rooms.leave(guest, "known-api");

        ApaasRooms.Entered again = f.rooms.enter(guest, Optional.of("known-api"), APP, Optional.of("anchor"), RoomFields.NONE);
        assertEquals("audience", again.role(), "anchor is given by the owner");
        assertFalse(again.created());
        assertEquals("anchor", f.enter(owner, "known-api").role(), "re-entering keeps the role");
        f.rooms.enter(owner, Optional.of("known-api"), APP, Optional.empty(), ApaasFixture.title("ignored"));
        assertEquals("", f.sqlString("SELECT title FROM apaas_rooms WHERE room_pk = ?", f.pk("known-api")),
                "re-entering changes nothing");
        f.rooms.leave(owner, "known-api");
        f.rooms.enter(owner, Optional.of("known-api"), APP, Optional.empty(), ApaasFixture.title("renamed"));
        assertEquals("renamed", f.sqlString("SELECT title FROM apaas_rooms WHERE room_pk = ?", f.pk("known-api")),
                "the owner coming back sets the fields");
        assertEquals(2, f.memberCount("known-api"));

        ApaasRoomRefusal notIn = assertThrows(ApaasRoomRefusal.class, () -> f.rooms.leave(f.user("stranger"), "known-api"));
        assertEquals(ApaasRoomRefusal.Reason.NOT_MEMBER, notIn.reason());
        f.rooms.destroy(owner, "known-api");
        ApaasRoomRefusal ended = assertThrows(ApaasRoomRefusal.class, () -> f.enter(guest, "known-api"));
        assertEquals(ApaasRoomRefusal.Reason.NOT_FOUND, ended.reason());
        ApaasRoomRefusal leftEnded = assertThrows(ApaasRoomRefusal.class, () -> f.rooms.leave(owner, "known-api"));
        assertEquals(ApaasRoomRefusal.Reason.NOT_FOUND, leftEnded.reason());
    }

    @Test
    void aLapsedReservationTakenByAnotherUserIsTheirRoom() {
        start(Map.of("APAAS_ROOM_RESERVATION_SECONDS", "60"));
        String first = f.user("first");
        String second = f.user("second");
        String roomId = f.rooms.generateId(first, Optional.of(APP), RoomFields.NONE);
        long lapsedPk = f.pk(roomId);
        f.clock.advance(Duration.ofSeconds(61));
        f.app.accounts().presence().touch(first);
        assertEquals(1, f.rooms.sweep().reservationsExpired());

        ApaasRooms.Entered taken = f.enter(second, roomId);
        assertTrue(taken.created());
        assertEquals("anchor", taken.role());
        assertEquals(second, f.sqlString("SELECT creator FROM rooms WHERE id = ?", f.pk(roomId)));
        assertTrue(f.pk(roomId) != lapsedPk);
        assertEquals("audience", f.enter(first, roomId).role(), "the first user is a guest in the new room");
        assertEquals(ApaasFixture.sorted(List.of(first, second)), f.memberRows(roomId));
    }
}
