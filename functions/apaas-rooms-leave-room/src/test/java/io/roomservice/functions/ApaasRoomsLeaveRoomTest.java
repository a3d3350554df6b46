package io.roomservice.functions;

import static io.roomservice.testing.ApaasCalls.errorCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.domain.apaas.RoomFields;
import io.roomservice.domain.apaas.RoomMember;
import io.roomservice.domain.user.Login;
import io.roomservice.testing.ApaasCalls;
import io.roomservice.testing.ApaasUsers;
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
    private static ApaasCalls leave;

    @BeforeAll
    static void start() {
        app = TestApps.start(Map.of(), Clock.systemUTC());
        leave = new ApaasCalls(new ApaasRoomsLeaveRoom(app), "/base/v1/rooms/leave_room");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Login user(String name) {
        return ApaasUsers.signUp(app, name + "-" + TestApps.randomHex(4));
    }

    private static String id(Login login) {
        return login.user().userId();
    }

    private static String enter(Login login, String roomId) {
        return app.apaasRooms().enter(id(login), Optional.of(roomId), APP, Optional.empty(), RoomFields.NONE).role();
    }

    private static String room(Login owner, Login... members) {
        String roomId = "leave-" + TestApps.randomHex(4);
        enter(owner, roomId);
        for (Login member : members) {
            enter(member, roomId);
        }
        return roomId;
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
        Login owner = user("owner");
        Login guest = user("guest");
        String roomId = room(owner, guest);
        leaveOk(guest, roomId);
        assertEquals(List.of(id(owner)), members(owner, roomId));
        assertEquals(1, app.apaasRooms().detail(id(owner), roomId).present());

        assertEquals("audience", enter(guest, roomId), "leaving is no ban");
        assertEquals(2, members(owner, roomId).size());
    }

    @Test
    void leavingARoomOneIsNotInIs2003() {
        Login owner = user("owner");
        Login guest = user("guest");
        String roomId = room(owner, guest);
        leaveOk(guest, roomId);
        Map<String, Object> again = leave.bearer(guest.token(), Map.of("roomId", roomId));
        assertEquals(2003, errorCode(again));
        assertTrue(((String) again.get("errorMessage")).contains("not in room " + roomId), again.toString());
        assertEquals(2003, errorCode(leave.bearer(user("stranger").token(), Map.of("roomId", roomId))));
    }

    @Test
    void theOwnerLeavingDoesNotEndTheRoom() {
        Login owner = user("owner");
        Login guest = user("guest");
        String roomId = room(owner, guest);
        leaveOk(owner, roomId);
        assertEquals(List.of(id(guest)), members(guest, roomId));
        assertEquals(id(owner), app.apaasRooms().detail(id(guest), roomId).owner());
        assertEquals("anchor", enter(owner, roomId));
    }

    @Test
    void errors() {
        Login owner = user("owner");
        String roomId = room(owner);
        assertEquals(2003, errorCode(leave.bearer(owner.token(), Map.of())));
        assertEquals(2003, errorCode(leave.bearer(owner.token(), Map.of("roomId", "bad id!"))));
        assertEquals(2004, errorCode(leave.bearer(owner.token(), Map.of("roomId", "leave-unknown"))));
        assertEquals(204, errorCode(leave.post(Map.of("roomId", roomId))));
        app.apaasRooms().destroy(id(owner), roomId);
        assertEquals(2004, errorCode(leave.bearer(owner.token(), Map.of("roomId", roomId))));
    }
}
