package io.roomservice.functions;

import static io.roomservice.testing.ApaasCalls.errorCode;
import static io.roomservice.testing.ApaasRoomPeople.id;
import static io.roomservice.testing.ApaasRoomPeople.newRoomId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.domain.apaas.RoomMember;
import io.roomservice.domain.user.Login;
import io.roomservice.testing.ApaasCalls;
import io.roomservice.testing.ApaasRoomPeople;
import io.roomservice.testing.TestApps;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApaasRoomsLeaveRoomTest {

    private static final String APP = "1400123456";

    private static App app;
    private static ApaasRoomPeople people;
    private static ApaasCalls leave;

    @BeforeAll
    static void start() {
        app = TestApps.start(Map.of(), Clock.systemUTC());
        people = new ApaasRoomPeople(app, APP);
        leave = new ApaasCalls(new ApaasRoomsLeaveRoom(app.familyServices(), app.apaasRooms()), "/base/v1/rooms/leave_room");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String room(Login owner, Login... members) {
        return people.room(newRoomId("leave-"), owner, members);
    }

    private static List<String> members(Login viewer, String roomId) {
        return app.apaasRooms().listUsers(id(viewer), roomId, 0, Optional.empty(), 100).items().stream()
                .map(RoomMember::userId).collect(Collectors.toList());
    }

    private static void leaveOk(Login login, String roomId) {
        Map<String, Object> reply = leave.bearer(login.token(), Map.of("roomId", roomId));
        assertEquals(0, errorCode(reply), reply.toString());
        assertEquals("leave_room ok", reply.get("errorMessage"));
    }

    @Test
    void aMemberLeavesAndMayComeBack() {
        Login owner = people.user("owner");
        Login guest = people.user("guest");
        String roomId = room(owner, guest);
        leaveOk(guest, roomId);
        assertEquals(List.of(id(owner)), members(owner, roomId));
        assertEquals(1, app.apaasRooms().detail(id(owner), roomId).present());

        assertEquals("audience", people.enter(guest, roomId).role(), "leaving is no ban");
        assertEquals(2, members(owner, roomId).size());
    }

    @Test
    void leavingARoomOneIsNotInIs2003() {
        Login owner = people.user("owner");
        Login guest = people.user("guest");
        String roomId = room(owner, guest);
        leaveOk(guest, roomId);
        Map<String, Object> again = leave.bearer(guest.token(), Map.of("roomId", roomId));
        assertEquals(2003, errorCode(again));
        assertTrue(((String) again.get("errorMessage")).contains("not in room " + roomId), again.toString());
        assertEquals(2003, errorCode(leave.bearer(people.user("stranger").token(), Map.of("roomId", roomId))));
    }

    @Test
    void theOwnerLeavingDoesNotEndTheRoom() {
        Login owner = people.user("owner");
        Login guest = people.user("guest");
        String roomId = room(owner, guest);
        leaveOk(owner, roomId);
        assertEquals(List.of(id(guest)), members(guest, roomId));
        assertEquals(id(owner), app.apaasRooms().detail(id(guest), roomId).owner());
        assertEquals("anchor", people.enter(owner, roomId).role());
    }

    @Test
    void errors() {
        Login owner = people.user("owner");
        String roomId = room(owner);
        assertEquals(2003, errorCode(leave.bearer(owner.token(), Map.of())));
        assertEquals(2003, errorCode(leave.bearer(owner.token(), Map.of("roomId", "bad id!"))));
        assertEquals(2004, errorCode(leave.bearer(owner.token(), Map.of("roomId", "leave-unknown"))));
        assertEquals(204, errorCode(leave.post(Map.of("roomId", roomId))));
        app.apaasRooms().destroy(id(owner), roomId);
        assertEquals(2004, errorCode(leave.bearer(owner.token(), Map.of("roomId", roomId))));
    }
}
