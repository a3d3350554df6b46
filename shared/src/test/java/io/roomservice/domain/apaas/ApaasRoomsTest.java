package io.roomservice.domain.apaas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.testing.ApaasUsers;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.TestApps;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApaasRoomsTest {

    private static final String APP = "1400123456";
    private static MutableClock clock;
    private static App app;
    private static ApaasRooms rooms;

    @BeforeAll
    static void start() {
        clock = new MutableClock(java.time.Instant.now());
        app = TestApps.start(Map.of(), clock);
        rooms = app.apaasRooms();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String user(String name) {
        return ApaasUsers.signUp(app, name + "-" + TestApps.randomHex(4)).user().userId();
    }

    private static RoomQuery all() {
        return new RoomQuery(APP, Optional.empty(), List.of(), Optional.empty(), Optional.empty(), RoomQuery.Order.CREATED,
                0, Optional.empty(), 100);
    }

    @Test
    void aRoomLivesFromItsFirstEnterToItsDestruction() {
        String owner = user("owner");
        String guest = user("guest");
        ApaasRooms.Entered created = rooms.enter(owner, Optional.of("smoke-1"), APP, Optional.empty(), RoomFields.NONE);
        assertTrue(created.created());
        assertEquals("anchor", created.role());
        ApaasRooms.Entered joined = rooms.enter(guest, Optional.of("smoke-1"), APP, Optional.of("anchor"), RoomFields.NONE);
        assertFalse(joined.created());
        assertEquals("audience", joined.role());

        ApaasRoom listed = rooms.query(guest, all()).items().stream().filter(r -> r.roomId().equals("smoke-1")).findFirst().orElseThrow();
        assertEquals(2, listed.present());
        assertEquals(List.of(owner, guest).stream().sorted().collect(Collectors.toList()),
                rooms.listUsers(guest, "smoke-1", 0, Optional.empty(), 10).items().stream().map(RoomMember::userId).collect(Collectors.toList()));

        ApaasRoomRefusal refused = assertThrows(ApaasRoomRefusal.class, () -> rooms.destroy(guest, "smoke-1"));
        assertEquals(ApaasRoomRefusal.Reason.NOT_ALLOWED, refused.reason());
        rooms.leave(guest, "smoke-1");
        assertEquals(ApaasRoomRefusal.Reason.NOT_MEMBER,
                assertThrows(ApaasRoomRefusal.class, () -> rooms.leave(guest, "smoke-1")).reason());
        rooms.destroy(owner, "smoke-1");
        assertEquals(ApaasRoomRefusal.Reason.NOT_FOUND, assertThrows(ApaasRoomRefusal.class,
                () -> rooms.enter(owner, Optional.of("smoke-1"), APP, Optional.empty(), RoomFields.NONE)).reason());
    }

    @Test
    void silentMembersDisappearAndTheSweeperRemovesThem() {
        String owner = user("owner");
        String guest = user("guest");
        rooms.enter(owner, Optional.of("smoke-2"), APP, Optional.empty(), RoomFields.NONE);
        rooms.enter(guest, Optional.of("smoke-2"), APP, Optional.empty(), RoomFields.NONE);
        clock.advance(Duration.ofSeconds(20));
        app.accounts().presence().touch(owner);
        clock.advance(Duration.ofSeconds(15));
        assertEquals(1, rooms.detail(owner, "smoke-2").present());
        ApaasSweepReport report = rooms.sweep();
        assertTrue(report.staleMembersRemoved() >= 1, report.toString());
        assertEquals(List.of(owner), rooms.listUsers(owner, "smoke-2", 0, Optional.empty(), 10).items().stream()
                .map(RoomMember::userId).collect(Collectors.toList()));
    }

    @Test
    void theOwnerAlwaysHasASeatInTheirOwnRoom() {
        try (App small = TestApps.start(Map.of("APAAS_ROOM_MAX_MEMBERS", "2"), clock)) {
            ApaasRooms r = small.apaasRooms();
            String owner = ApaasUsers.signUp(small, "owner-" + TestApps.randomHex(4)).user().userId();
            String first = ApaasUsers.signUp(small, "first-" + TestApps.randomHex(4)).user().userId();
            String second = ApaasUsers.signUp(small, "second-" + TestApps.randomHex(4)).user().userId();
            String third = ApaasUsers.signUp(small, "third-" + TestApps.randomHex(4)).user().userId();
            r.enter(owner, Optional.of("seat-1"), APP, Optional.empty(), RoomFields.NONE);
            r.leave(owner, "seat-1");
            r.enter(first, Optional.of("seat-1"), APP, Optional.empty(), RoomFields.NONE);
            r.enter(second, Optional.of("seat-1"), APP, Optional.empty(), RoomFields.NONE);
            assertEquals(ApaasRoomRefusal.Reason.FULL, assertThrows(ApaasRoomRefusal.class,
                    () -> r.enter(third, Optional.of("seat-1"), APP, Optional.empty(), RoomFields.NONE)).reason());
            assertEquals("anchor", r.enter(owner, Optional.of("seat-1"), APP, Optional.empty(), RoomFields.NONE).role());
        }
    }
}
