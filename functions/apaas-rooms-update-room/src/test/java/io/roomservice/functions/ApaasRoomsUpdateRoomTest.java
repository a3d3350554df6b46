package io.roomservice.functions;

import static io.roomservice.testing.ApaasCalls.data;
import static io.roomservice.testing.ApaasCalls.errorCode;
import static io.roomservice.testing.ApaasRoomPeople.id;
import static io.roomservice.testing.ApaasRoomPeople.newRoomId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.domain.apaas.ApaasRoom;
import io.roomservice.domain.apaas.RoomMember;
import io.roomservice.domain.user.Login;
import io.roomservice.testing.ApaasCalls;
import io.roomservice.testing.ApaasRoomPeople;
import io.roomservice.testing.TestApps;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApaasRoomsUpdateRoomTest {

    private static final String APP = "1400123456";

    private static App app;
    private static ApaasRoomPeople people;
    private static ApaasCalls update;

    @BeforeAll
    static void start() {
        app = TestApps.start(Map.of(), Clock.systemUTC());
        people = new ApaasRoomPeople(app, APP);
        update = new ApaasCalls(new ApaasRoomsUpdateRoom(app.familyServices(), app.apaasRooms()), "/base/v1/rooms/update_room");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** A new room owned by {@code owner}, with the others as members. */
    private static String room(Login owner, Login... members) {
        return people.room(newRoomId("update-"), owner, members);
    }

    private static Map<String, Object> body(String roomId, Object... more) {
        Map<String, Object> body = new HashMap<>();
        body.put("roomId", roomId);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private static Map<String, Object> updateOk(Login login, Map<String, Object> body) {
        Map<String, Object> reply = update.bearer(login.token(), body);
        assertEquals(0, errorCode(reply), reply.toString());
        assertEquals("update_room ok", reply.get("errorMessage"));
        return data(reply);
    }

    private static ApaasRoom detail(Login viewer, String roomId) {
        return app.apaasRooms().detail(id(viewer), roomId);
    }

    private static String roleOf(Login viewer, String roomId, Login member) {
        return app.apaasRooms().listUsers(id(viewer), roomId, 0, Optional.empty(), 100).items().stream()
                .filter(m -> m.userId().equals(id(member))).map(RoomMember::role).findFirst().orElse(null);
    }

    @Test
    void theOwnerChangesTheRoomsFields() {
        Login owner = people.user("owner");
        String roomId = room(owner);
        String title = "Karaoke night \uD83C\uDFA4\uD83C\uDF89";
        Map<String, Object> data = updateOk(owner, body(roomId, "title", title, "cover", "https://img.example.org/c.png",
                "subject", "songs", "description", "come and sing", "category", "music"));
        assertEquals(roomId, data.get("roomId"));
        assertEquals(title, data.get("title"));
        assertEquals("https://img.example.org/c.png", data.get("cover"));
        assertEquals("songs", data.get("subject"));
        assertEquals("come and sing", data.get("description"));
        assertEquals("music", data.get("category"));
        assertEquals("open", data.get("status"));

        ApaasRoom stored = detail(owner, roomId);
        assertEquals(title, stored.title());
        assertEquals("music", stored.category());
        assertEquals(id(owner), stored.updatedBy());

        Map<String, Object> cleared = updateOk(owner, body(roomId, "subject", ""));
        assertEquals("", cleared.get("subject"));
        assertEquals(title, cleared.get("title"), "fields not sent stay as they are");
    }

    @Test
    void onlyTheOwnerChangesFields() {
        Login owner = people.user("owner");
        Login member = people.user("member");
        String roomId = room(owner, member);
        Map<String, Object> byMember = update.bearer(member.token(), body(roomId, "title", "mine now"));
        assertEquals(2000, errorCode(byMember), byMember.toString());
        assertEquals(2000, errorCode(update.bearer(people.user("stranger").token(), body(roomId, "title", "mine now"))));
        assertEquals("", detail(owner, roomId).title());
    }

    @Test
    void membersChooseTheirOwnRoleButNotAnOwnerAssignedOne() {
        Login owner = people.user("owner");
        Login member = people.user("member");
        String roomId = room(owner, member);
        assertEquals(2000, errorCode(update.bearer(member.token(), body(roomId, "role", "anchor"))));
        assertEquals("audience", roleOf(owner, roomId, member));

        updateOk(member, body(roomId, "role", "guest"));
        assertEquals("guest", roleOf(owner, roomId, member));

        Login other = people.user("other");
        people.enter(other, roomId);
        assertEquals(2000, errorCode(update.bearer(member.token(), body(roomId, "role", "guest", "memberId", id(other)))),
                "members do not give roles to others");
        assertEquals(2000, errorCode(update.bearer(people.user("stranger").token(), body(roomId, "role", "guest"))),
                "a stranger has no role to change");
    }

    @Test
    void theOwnerGivesAMemberARole() {
        Login owner = people.user("owner");
        Login member = people.user("member");
        String roomId = room(owner, member);
        updateOk(owner, body(roomId, "role", "anchor", "memberId", id(member)));
        assertEquals("anchor", roleOf(member, roomId, member));
        assertEquals("anchor", roleOf(member, roomId, owner));

        Map<String, Object> absent = update.bearer(owner.token(), body(roomId, "role", "anchor", "memberId", id(people.user("absent"))));
        assertEquals(2000, errorCode(absent), absent.toString());
        assertTrue(((String) absent.get("errorMessage")).contains("not in room"), absent.toString());
    }

    @Test
    void errors() {
        Login owner = people.user("owner");
        String roomId = room(owner);
        assertEquals(2000, errorCode(update.bearer(owner.token(), Map.of("title", "no room"))));
        assertEquals(2000, errorCode(update.bearer(owner.token(), body("bad room id", "title", "x"))));
        assertEquals(2004, errorCode(update.bearer(owner.token(), body("update-unknown", "title", "x"))));
        assertEquals(2000, errorCode(update.bearer(owner.token(), body(roomId))), "nothing to update");
        assertEquals(2000, errorCode(update.bearer(owner.token(), body(roomId, "title", "t".repeat(65)))));
        assertEquals(2000, errorCode(update.bearer(owner.token(), body(roomId, "title", Map.of("a", 1)))));
        assertEquals(204, errorCode(update.post(body(roomId, "title", "x"))));
    }

    @Test
    void anEndedRoomCannotBeUpdated() {
        Login owner = people.user("owner");
        String roomId = room(owner);
        app.apaasRooms().destroy(id(owner), roomId);
        assertEquals(2004, errorCode(update.bearer(owner.token(), body(roomId, "title", "back again"))));
        assertEquals(2004, errorCode(update.bearer(owner.token(), body(roomId, "role", "anchor"))));
    }
}
