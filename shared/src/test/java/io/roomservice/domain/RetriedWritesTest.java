package io.roomservice.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.domain.apaas.ApaasRoomRefusal;
import io.roomservice.domain.apaas.ApaasRooms;
import io.roomservice.domain.apaas.RoomFields;
import io.roomservice.domain.room.JoinResult;
import io.roomservice.domain.room.LeaveResult;
import io.roomservice.domain.room.Rooms;
import io.roomservice.domain.roomservice.RoomRefusal;
import io.roomservice.domain.roomservice.RoomServiceRooms;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.infra.db.DatabaseException;
import io.roomservice.testing.ApaasUsers;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.RoomServiceCalls;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.FaultyLink;
import io.roomservice.testkit.TestInfra;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A client that got no answer, or a system error, sends its write again. Each family's writes
 * repeated give the same end state and a clear answer (done, or the family's refusal that says
 * how things stand), and a write cut off by a frozen MySQL fails well inside the 15 s function
 * timeout, leaves nothing behind, and succeeds when sent again.
 */
class RetriedWritesTest {

    private static final String APP = "1400123456";
    /** The socket timeout (5 s) and scheduling slack: well inside the 15 s function timeout. */
    private static final long FROZEN_ANSWER_BOUND_MILLIS = 8_000;

    private static FaultyLink mysql;
    private static App app;

    @BeforeAll
    static void start() {
        Map<String, String> settings = TestInfra.freshDatabaseSettings();
        mysql = FaultyLink.inFrontOf(settings.get(TestInfra.DB_URL));
        Map<String, String> overrides = new java.util.HashMap<>(RoomServiceCalls.liveSettings());
        overrides.putAll(FaultyLink.withUrl(settings, TestInfra.DB_URL, mysql));
        app = TestApps.start(overrides, new MutableClock(Instant.now()));
    }

    @AfterAll
    static void stop() {
        app.close();
        mysql.close();
    }

    private static int count(String sql, String param) {
        return AppStores.database(app).read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, param);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static int members(String roomId) {
        return count("SELECT COUNT(*) FROM room_members m JOIN rooms r ON r.id = m.room_pk WHERE r.room_id = ?", roomId);
    }

    /** Freezes MySQL while the write is under way (on a connection just used, so its statements go out), then restores it. */
    private static long failsWhileFrozen(Executable warmUp, Executable write) throws Throwable {
        warmUp.execute();
        mysql.freeze();
        long start = System.nanoTime();
        try {
            assertThrows(DatabaseException.class, write);
            return (System.nanoTime() - start) / 1_000_000;
        } finally {
            mysql.restore();
        }
    }

    @Test
    void videoEnterAndQuitRepeated() throws Throwable {
        Rooms rooms = app.callRooms();
        String room = "v-" + TestApps.randomHex(4);
        assertEquals(JoinResult.Outcome.CREATED, rooms.enter("oHost", room, Optional.empty()).outcome());
        long millis = failsWhileFrozen(() -> rooms.info(room), () -> rooms.enter("oGuest", room, Optional.empty()));
        System.out.println("video enter on a frozen MySQL answered after ms: " + millis);
        assertTrue(millis < FROZEN_ANSWER_BOUND_MILLIS, millis + " ms");
        assertEquals(1, members(room), "the cut-off enter left nothing behind");

        assertEquals(JoinResult.Outcome.JOINED, rooms.enter("oGuest", room, Optional.empty()).outcome());
        assertEquals(JoinResult.Outcome.ALREADY_MEMBER, rooms.enter("oGuest", room, Optional.empty()).outcome());
        assertEquals(2, members(room));
        assertEquals(LeaveResult.Outcome.LEFT, rooms.quit("oGuest", room).outcome());
        assertEquals(LeaveResult.Outcome.NOT_MEMBER, rooms.quit("oGuest", room).outcome());
        assertEquals(1, members(room));
    }

    @Test
    void aPaasJoinLeaveAndDestroyRepeated() throws Throwable {
        ApaasRooms rooms = app.apaasRooms();
        String owner = ApaasUsers.signUp(app, "owner-" + TestApps.randomHex(4)).user().userId();
        String guest = ApaasUsers.signUp(app, "guest-" + TestApps.randomHex(4)).user().userId();
        String room = "a-" + TestApps.randomHex(4);
        rooms.enter(owner, Optional.of(room), APP, Optional.empty(), RoomFields.NONE);
        long millis = failsWhileFrozen(() -> members(room),
                () -> rooms.enter(guest, Optional.of(room), APP, Optional.empty(), RoomFields.NONE));
        System.out.println("aPaaS join on a frozen MySQL answered after ms: " + millis);
        assertTrue(millis < FROZEN_ANSWER_BOUND_MILLIS, millis + " ms");
        assertEquals(1, members(room), "the cut-off join left nothing behind");

        rooms.enter(guest, Optional.of(room), APP, Optional.empty(), RoomFields.NONE);
        rooms.enter(guest, Optional.of(room), APP, Optional.empty(), RoomFields.NONE);
        assertEquals(2, members(room));
        rooms.leave(guest, room);
        assertEquals(ApaasRoomRefusal.Reason.NOT_MEMBER, assertThrows(ApaasRoomRefusal.class, () -> rooms.leave(guest, room)).reason());
        assertEquals(1, members(room));
        rooms.destroy(owner, room);
        rooms.destroy(owner, room);
        assertEquals(0, members(room));
    }

    @Test
    void roomServiceAddPusherDeletePusherAndDestroyRoomRepeated() throws Throwable {
        RoomServiceRooms rooms = app.roomService();
        String room = rooms.createRoom(RoomType.MULTI, "oHost", Optional.empty(), "");
        String pushers = "SELECT COUNT(*) FROM rs_pushers p JOIN rooms r ON r.id = p.room_pk WHERE r.room_id = ?";
        rooms.addPusher(RoomType.MULTI, "oHost", room, "host", "avatar", rooms.urls().pushUrl("oHost"));
        long millis = failsWhileFrozen(() -> count(pushers, room),
                () -> rooms.addPusher(RoomType.MULTI, "oGuest", room, "guest", "avatar", rooms.urls().pushUrl("oGuest")));
        System.out.println("RoomService add_pusher on a frozen MySQL answered after ms: " + millis);
        assertTrue(millis < FROZEN_ANSWER_BOUND_MILLIS, millis + " ms");
        assertEquals(1, count(pushers, room), "the cut-off add_pusher left nothing behind");

        rooms.addPusher(RoomType.MULTI, "oGuest", room, "guest", "avatar", rooms.urls().pushUrl("oGuest"));
        rooms.addPusher(RoomType.MULTI, "oGuest", room, "guest", "avatar", rooms.urls().pushUrl("oGuest"));
        assertEquals(2, count(pushers, room));
        rooms.deletePusher(RoomType.MULTI, "oGuest", room);
        assertEquals(RoomRefusal.Reason.NOT_PUSHER,
                assertThrows(RoomRefusal.class, () -> rooms.deletePusher(RoomType.MULTI, "oGuest", room)).reason());
        assertEquals(1, count(pushers, room));
        rooms.destroyRoom(RoomType.MULTI, "oHost", room);
        assertEquals(RoomRefusal.Reason.ROOM_NOT_FOUND,
                assertThrows(RoomRefusal.class, () -> rooms.destroyRoom(RoomType.MULTI, "oHost", room)).reason());
        assertEquals(0, count(pushers, room));
    }
}
