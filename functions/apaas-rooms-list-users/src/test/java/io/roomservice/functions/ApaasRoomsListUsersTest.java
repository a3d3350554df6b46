package io.roomservice.functions;

import static io.roomservice.testing.ApaasCalls.errorCode;
import static io.roomservice.testing.ApaasRoomPeople.id;
import static io.roomservice.testing.ApaasRoomPeople.newRoomId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.domain.apaas.RoomFields;
import io.roomservice.domain.user.Login;
import io.roomservice.testing.ApaasCalls;
import io.roomservice.testing.ApaasRoomPeople;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.TestApps;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApaasRoomsListUsersTest {

    private static final String APP = "1400123456";

    private static MutableClock clock;
    private static App app;
    private static ApaasRoomPeople people;
    private static ApaasCalls list;

    @BeforeAll
    static void start() {
        clock = new MutableClock(Instant.now());
        app = TestApps.start(Map.of(), clock);
        people = new ApaasRoomPeople(app, APP);
        list = new ApaasCalls(new ApaasRoomsListUsers(app.familyServices(), app.apaasRooms()), "/base/v1/rooms/list_users");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String room(Login owner, Login... members) {
        return people.room(newRoomId("list-"), owner, members);
    }

    private static Map<String, Object> listOk(Login caller, Map<String, Object> body) {
        Map<String, Object> reply = list.bearer(caller.token(), body);
        assertEquals(0, errorCode(reply), reply.toString());
        assertEquals("query_Users ok", reply.get("errorMessage"));
        return reply;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> users(Map<String, Object> reply) {
        return (List<Map<String, Object>>) reply.get("data");
    }

    private static List<String> ids(Map<String, Object> reply) {
        return users(reply).stream().map(u -> (String) u.get("userId")).collect(Collectors.toList());
    }

    private static List<String> sortedIds(Login... logins) {
        return Stream.of(logins).map(ApaasRoomPeople::id).sorted().collect(Collectors.toList());
    }

    @Test
    void membersSeeEveryoneWithTheirRoles() {
        Login owner = people.user("owner");
        Login guest = people.user("guest");
        Login singer = people.user("singer");
        String roomId = room(owner, guest, singer);
        app.apaasRooms().update(id(owner), roomId, RoomFields.NONE, Optional.of("guest"), Optional.of(id(singer)));

        Map<String, Object> reply = listOk(guest, Map.of("roomId", roomId));
        assertFalse(reply.containsKey("nextCursor"));
        assertEquals(sortedIds(owner, guest, singer), ids(reply));
        Map<String, String> roles = users(reply).stream()
                .collect(Collectors.toMap(u -> (String) u.get("userId"), u -> (String) u.get("role")));
        assertEquals(Map.of(id(owner), "anchor", id(guest), "audience", id(singer), "guest"), roles);
        for (Map<String, Object> u : users(reply)) {
            assertEquals(u.get("userId"), u.get("apaasUserId"));
            assertTrue(u.containsKey("name") && u.containsKey("avatar"), u.toString());
        }
        assertEquals(ids(reply), ids(listOk(owner, Map.of("roomId", roomId))));
    }

    @Test
    void onlyMembersMayList() {
        Login owner = people.user("owner");
        String roomId = room(owner, people.user("guest"));
        Map<String, Object> reply = list.bearer(people.user("stranger").token(), Map.of("roomId", roomId));
        assertEquals(2002, errorCode(reply), reply.toString());
    }

    @Test
    void aSilentMemberDisappears() {
        Login owner = people.user("owner");
        Login talker = people.user("talker");
        Login silent = people.user("silent");
        String roomId = room(owner, talker, silent);
        clock.advance(Duration.ofSeconds(31));
        app.accounts().presence().touch(id(owner));
        app.accounts().presence().touch(id(talker));
        assertEquals(sortedIds(owner, talker), ids(listOk(talker, Map.of("roomId", roomId))));
    }

    @Test
    void pagesWithTheCursor() {
        Login owner = people.user("owner");
        List<Login> members = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            members.add(people.user("m" + i));
        }
        String roomId = room(owner, members.toArray(new Login[0]));
        members.add(owner);

        List<String> seen = new ArrayList<>();
        Map<String, Object> page = listOk(owner, Map.of("roomId", roomId, "limit", 5));
        seen.addAll(ids(page));
        int pages = 1;
        while (page.containsKey("nextCursor")) {
            assertEquals(5, ids(page).size());
            page = listOk(owner, Map.of("roomId", roomId, "limit", 5, "cursor", page.get("nextCursor")));
            seen.addAll(ids(page));
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(sortedIds(members.toArray(new Login[0])), seen);

        List<String> byOffset = ids(listOk(owner, Map.of("roomId", roomId, "limit", 5, "offset", 10)));
        assertEquals(seen.subList(10, 12), byOffset);
    }

    @Test
    void errors() {
        Login owner = people.user("owner");
        String roomId = room(owner);
        assertEquals(2002, errorCode(list.bearer(owner.token(), Map.of())));
        assertEquals(2002, errorCode(list.bearer(owner.token(), Map.of("roomId", "bad id"))));
        assertEquals(2002, errorCode(list.bearer(owner.token(), Map.of("roomId", roomId, "limit", 101))));
        assertEquals(2002, errorCode(list.bearer(owner.token(), Map.of("roomId", roomId, "cursor", "%%%"))));
        assertEquals(2004, errorCode(list.bearer(owner.token(), Map.of("roomId", "list-unknown"))));
        assertEquals(204, errorCode(list.post(Map.of("roomId", roomId))));
        app.apaasRooms().destroy(id(owner), roomId);
        assertEquals(2004, errorCode(list.bearer(owner.token(), Map.of("roomId", roomId))));
    }
}
