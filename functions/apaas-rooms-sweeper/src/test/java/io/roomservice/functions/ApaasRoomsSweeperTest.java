package io.roomservice.functions;

import static io.roomservice.testing.ApaasCalls.data;
import static io.roomservice.testing.ApaasCalls.errorCode;
import static io.roomservice.testing.ApaasRoomPeople.id;
import static io.roomservice.testing.ApaasRoomPeople.newRoomId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.domain.apaas.ApaasRoomRefusal;
import io.roomservice.domain.apaas.RoomFields;
import io.roomservice.domain.apaas.RoomMember;
import io.roomservice.domain.user.Login;
import io.roomservice.runtime.Json;
import io.roomservice.testing.ApaasCalls;
import io.roomservice.testing.ApaasRoomPeople;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.RecordedRequest;
import io.roomservice.testkit.RecordingHttpServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each test gets its own app (fresh database), so the sweep reports count only what the test set up. */
class ApaasRoomsSweeperTest {

    private static final String APP = "1400123456";
    private static final String DESTROY_GROUP = "/v4/group_open_http_svc/destroy_group";
    private static final String IM_OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}";
    private static final int GRACE_SECONDS = 60;
    private static final int RESERVATION_SECONDS = 3600;

    private RecordingHttpServer im;
    private MutableClock clock;
    private App app;
    private ApaasRoomPeople people;
    private ApaasCalls sweeper;

    @BeforeEach
    void start() {
        im = RecordingHttpServer.start();
        im.respond("/v4/group_open_http_svc/create_group", 200, "application/json", IM_OK);
        im.respond(DESTROY_GROUP, 200, "application/json", IM_OK);
        clock = new MutableClock(Instant.now());
        app = TestApps.start(Map.of("IM_BASE_URL", im.baseUrl(), "IM_ADMIN_ID", "admin",
                "APAAS_ROOM_GRACE_SECONDS", Integer.toString(GRACE_SECONDS),
                "APAAS_ROOM_RESERVATION_SECONDS", Integer.toString(RESERVATION_SECONDS)), clock);
        people = new ApaasRoomPeople(app, APP);
        sweeper = new ApaasCalls(new ApaasRoomsSweeper(app.familyServices(), app.apaasRooms()), "/base/v1/rooms/sweeper");
    }

    @AfterEach
    void stop() {
        app.close();
        im.close();
    }

    private String room(Login owner, Login... members) {
        return people.room(newRoomId("sweep-"), owner, members);
    }

    private Map<String, Object> sweep() {
        Map<String, Object> reply = sweeper.post(Map.of());
        assertEquals(0, errorCode(reply), reply.toString());
        assertEquals("sweep ok", reply.get("errorMessage"));
        return data(reply);
    }

    private static Map<String, Object> report(int stale, int ended, int reservations, int teardowns) {
        return Map.of("staleMembersRemoved", stale, "roomsEnded", ended, "reservationsExpired", reservations,
                "teardownsDone", teardowns, "imGroupsReconciled", 0, "errors", 0);
    }

    private List<String> groupsDestroyed() {
        return im.requests(DESTROY_GROUP).stream().map(RecordedRequest::body)
                .map(b -> (String) Json.readObject(b).get("GroupId")).collect(Collectors.toList());
    }

    @Test
    void anHttpCallAnswersTheReport() {
        room(people.user("owner"), people.user("guest"));
        assertEquals(report(0, 0, 0, 0), sweep());
    }

    @Test
    void aSilentMemberIsRemoved() {
        Login owner = people.user("owner");
        Login silent = people.user("silent");
        String roomId = room(owner, silent);
        clock.advance(Duration.ofSeconds(31));
        app.accounts().presence().touch(id(owner));

        assertEquals(report(1, 0, 0, 0), sweep());
        assertEquals(List.of(id(owner)), app.apaasRooms().listUsers(id(owner), roomId, 0, Optional.empty(), 10).items().stream()
                .map(RoomMember::userId).collect(Collectors.toList()));
        assertEquals(report(0, 0, 0, 0), sweep(), "nothing left to do");
    }

    @Test
    void aRoomWhoseOwnerStaysAwayEndsAfterTheGracePeriod() {
        Login owner = people.user("owner");
        Login guest = people.user("guest");
        String roomId = room(owner, guest);
        clock.advance(Duration.ofSeconds(31));
        app.accounts().presence().touch(id(guest));
        assertEquals(report(1, 0, 0, 0), sweep(), "the owner's membership lapses; the room waits");
        assertTrue(groupsDestroyed().isEmpty());

        clock.advance(Duration.ofSeconds(GRACE_SECONDS));
        app.accounts().presence().touch(id(guest));
        assertEquals(report(0, 1, 0, 1), sweep());
        assertEquals(List.of(roomId), groupsDestroyed());
        ApaasRoomRefusal refused = assertThrows(ApaasRoomRefusal.class, () -> app.apaasRooms().detail(id(guest), roomId));
        assertEquals(ApaasRoomRefusal.Reason.NOT_FOUND, refused.reason());
    }

    @Test
    void anOwnerWhoComesBackInTimeKeepsTheRoom() {
        Login owner = people.user("owner");
        String roomId = room(owner);
        clock.advance(Duration.ofSeconds(31));
        sweep();
        people.enter(owner, roomId);
        sweep();
        clock.advance(Duration.ofSeconds(GRACE_SECONDS));
        app.accounts().presence().touch(id(owner));
        assertEquals(0, sweep().get("roomsEnded"));
        assertEquals(roomId, app.apaasRooms().detail(id(owner), roomId).roomId());
    }

    @Test
    void anUnusedReservationExpires() {
        Login owner = people.user("owner");
        String roomId = app.apaasRooms().generateId(id(owner), Optional.of(APP), RoomFields.NONE);
        clock.advance(Duration.ofSeconds(RESERVATION_SECONDS - 1));
        assertEquals(report(0, 0, 0, 0), sweep());
        clock.advance(Duration.ofSeconds(2));
        assertEquals(report(0, 0, 1, 0), sweep());
        assertThrows(ApaasRoomRefusal.class, () -> app.apaasRooms().detail(id(owner), roomId));
    }

    @Test
    void aTeardownThatFailedIsRetried() {
        Login owner = people.user("owner");
        String roomId = room(owner);
        im.respond(DESTROY_GROUP, 500, "text/plain", "down");
        app.apaasRooms().destroy(id(owner), roomId);
        assertEquals(List.of(roomId, roomId, roomId), groupsDestroyed(), "IM not answering is retried at once, three tries");
        assertEquals(report(0, 0, 0, 0), sweep(), "still failing");

        im.respond(DESTROY_GROUP, 200, "application/json", IM_OK);
        im.clear();
        assertEquals(report(0, 0, 0, 1), sweep());
        assertEquals(List.of(roomId), groupsDestroyed());
        im.clear();
        sweep();
        assertFalse(groupsDestroyed().contains(roomId));
    }
}
