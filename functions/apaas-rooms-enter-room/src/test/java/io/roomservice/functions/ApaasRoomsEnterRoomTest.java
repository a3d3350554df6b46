package io.roomservice.functions;

import static io.roomservice.testing.ApaasCalls.data;
import static io.roomservice.testing.ApaasCalls.errorCode;
import static io.roomservice.testing.ApaasRoomPeople.newRoomId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.domain.apaas.ApaasRoomRefusal;
import io.roomservice.domain.apaas.RoomFields;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApaasRoomsEnterRoomTest {

    private static final String APP = "1400123456";
    private static final String CREATE_GROUP = "/v4/group_open_http_svc/create_group";
    private static final String IM_OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}";
    private static final int BAN_SECONDS = 120;

    private static RecordingHttpServer im;
    private static MutableClock clock;
    private static App app;
    private static ApaasRoomPeople people;
    private static ApaasCalls enter;

    @BeforeAll
    static void start() {
        im = RecordingHttpServer.start();
        clock = new MutableClock(Instant.now());
        app = TestApps.start(Map.of("IM_BASE_URL", im.baseUrl(), "IM_ADMIN_ID", "admin",
                "APAAS_KICK_BAN_SECONDS", Integer.toString(BAN_SECONDS), "APAAS_ROOM_MAX_MEMBERS", "3"), clock);
        people = new ApaasRoomPeople(app, APP);
        enter = new ApaasCalls(new ApaasRoomsEnterRoom(app.familyServices(), app.apaasRooms()), "/base/v1/rooms/enter_room");
    }

    @AfterAll
    static void stop() {
        app.close();
        im.close();
    }

    @BeforeEach
    void imAcceptsEverything() {
        im.respond(CREATE_GROUP, 200, "application/json", IM_OK);
        im.respond("/v4/group_open_http_svc/destroy_group", 200, "application/json", IM_OK);
        im.clear();
    }

    private static Map<String, Object> body(String roomId, Object... more) {
        Map<String, Object> body = new HashMap<>();
        body.put("appId", APP);
        body.put("roomId", roomId);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private static Map<String, Object> enterOk(Login login, Map<String, Object> body) {
        Map<String, Object> reply = enter.bearer(login.token(), body);
        assertEquals(0, errorCode(reply), reply.toString());
        assertEquals("enter_room ok", reply.get("errorMessage"));
        return data(reply);
    }

    private static List<RecordedRequest> createGroupsFor(String roomId) {
        return im.requests(CREATE_GROUP).stream()
                .filter(r -> roomId.equals(Json.readObject(r.body()).get("GroupId")))
                .collect(Collectors.toList());
    }

    private static boolean exists(Login viewer, String roomId) {
        try {
            app.apaasRooms().detail(viewer.user().userId(), roomId);
            return true;
        } catch (ApaasRoomRefusal e) {
            assertEquals(ApaasRoomRefusal.Reason.NOT_FOUND, e.reason());
            return false;
        }
    }

    @Test
    void theFirstToEnterCreatesTheRoomAndOthersJoinIt() {
        Login owner = people.user("owner");
        Login guest = people.user("guest");
        String id = newRoomId("enter-");

        Map<String, Object> created = enterOk(owner, body(id, "title", "Hello"));
        assertEquals(id, created.get("roomId"));
        assertEquals("anchor", created.get("role"));
        assertEquals(true, created.get("created"));

        Map<String, Object> joined = enterOk(guest, body(id, "role", "anchor"));
        assertEquals(id, joined.get("roomId"));
        assertEquals("audience", joined.get("role"), "only the owner may be anchor");
        assertEquals(false, joined.get("created"));

        Map<String, Object> again = enterOk(owner, body(id));
        assertEquals("anchor", again.get("role"));
        assertEquals(false, again.get("created"));
        assertEquals(owner.user().userId(), app.apaasRooms().detail(guest.user().userId(), id).owner());
        assertEquals("Hello", app.apaasRooms().detail(guest.user().userId(), id).title());
    }

    @Test
    void theImGroupIsCreatedOnceBeforeTheRoom() {
        Login owner = people.user("owner");
        String id = newRoomId("enter-");
        enterOk(owner, body(id));
        enterOk(people.user("guest"), body(id));
        enterOk(owner, body(id));

        List<RecordedRequest> creates = createGroupsFor(id);
        assertEquals(1, creates.size(), im.requests().toString());
        RecordedRequest create = creates.get(0);
        assertEquals("POST", create.method());
        Map<String, Object> group = Json.readObject(create.body());
        assertEquals("AVChatRoom", group.get("Type"));
        assertEquals(id, group.get("Name"));
        assertEquals(Long.toString(TestApps.SDK_APP_ID), create.query().get("sdkappid"));
        assertEquals("admin", create.query().get("identifier"));
        assertEquals("json", create.query().get("contenttype"));
        assertFalse(create.query().getOrDefault("usersig", "").isEmpty());
    }

    @Test
    void aLongRoomIdGetsAGroupNameImAccepts() {
        String id = "long-" + TestApps.randomHex(8) + "_" + "x".repeat(26);
        assertEquals(48, id.length());
        enterOk(people.user("owner"), body(id));
        Map<String, Object> group = Json.readObject(createGroupsFor(id).get(0).body());
        assertEquals(id.substring(0, 30), group.get("Name"));
    }

    @Test
    void enteringWithoutRoomIdCreatesARoomUnderAGeneratedId() {
        Map<String, Object> created = enterOk(people.user("owner"), Map.of("appId", APP));
        String id = (String) created.get("roomId");
        assertTrue(id.matches("[0-9]+") && Long.parseLong(id) >= 1_046_027L, id);
        assertEquals(true, created.get("created"));
        assertEquals(1, createGroupsFor(id).size());
    }

    @Test
    void aGroupIdImAlreadyKnowsIsAccepted() {
        for (int code : new int[] {10021, 10025}) {
            im.respond(CREATE_GROUP, 200, "application/json",
                    "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":" + code + ",\"ErrorInfo\":\"group id used\"}");
            Login owner = people.user("owner");
            String id = newRoomId("enter-");
            assertEquals(true, enterOk(owner, body(id)).get("created"));
            assertTrue(exists(owner, id));
        }
    }

    @Test
    void whenImRefusesTheGroupNoRoomIsCreated() {
        im.respond(CREATE_GROUP, 200, "application/json", "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":10004,\"ErrorInfo\":\"bad\"}");
        Login owner = people.user("owner");
        String id = newRoomId("enter-");
        Map<String, Object> reply = enter.bearer(owner.token(), body(id));
        assertEquals(2000, errorCode(reply), reply.toString());
        assertFalse(exists(owner, id));

        im.respond(CREATE_GROUP, 500, "text/plain", "down");
        assertEquals(2000, errorCode(enter.bearer(owner.token(), body(id))));
        assertFalse(exists(owner, id));

        im.respond(CREATE_GROUP, 200, "application/json", IM_OK);
        assertEquals(true, enterOk(owner, body(id)).get("created"));
        assertTrue(exists(owner, id));
    }

    @Test
    void aDestroyedRoomCannotBeEnteredAgain() {
        Login owner = people.user("owner");
        String id = newRoomId("enter-");
        enterOk(owner, body(id));
        app.apaasRooms().destroy(owner.user().userId(), id);
        im.clear();
        assertEquals(2004, errorCode(enter.bearer(owner.token(), body(id))));
        assertEquals(2004, errorCode(enter.bearer(people.user("guest").token(), body(id))));
        assertTrue(createGroupsFor(id).isEmpty());
    }

    @Test
    void aRoomOfAnotherAppIdIsNotFound() {
        Login owner = people.user("owner");
        String id = newRoomId("enter-");
        enterOk(owner, body(id));
        Map<String, Object> other = body(id);
        other.put("appId", "1400999999");
        assertEquals(2004, errorCode(enter.bearer(people.user("guest").token(), other)));
    }

    @Test
    void aReservedIdOpensOnlyForItsOwner() {
        Login owner = people.user("owner");
        Login stranger = people.user("stranger");
        String id = app.apaasRooms().generateId(owner.user().userId(), Optional.empty(), RoomFields.NONE);
        assertEquals(2004, errorCode(enter.bearer(stranger.token(), body(id))));
        Map<String, Object> opened = enterOk(owner, body(id));
        assertEquals(true, opened.get("created"));
        assertEquals("anchor", opened.get("role"));
        assertEquals(1, createGroupsFor(id).size());
        assertEquals("audience", enterOk(stranger, body(id)).get("role"));
    }

    @Test
    void aKickedMemberStaysOutForTheBanPeriod() {
        Login owner = people.user("owner");
        Login guest = people.user("guest");
        String id = newRoomId("enter-");
        enterOk(owner, body(id));
        enterOk(guest, body(id));
        app.apaasRooms().kick(owner.user().userId(), id, guest.user().userId());

        Map<String, Object> refused = enter.bearer(guest.token(), body(id));
        assertEquals(2000, errorCode(refused), refused.toString());
        assertTrue(((String) refused.get("errorMessage")).contains("removed"), refused.toString());

        clock.advance(Duration.ofSeconds(BAN_SECONDS - 1));
        assertEquals(2000, errorCode(enter.bearer(guest.token(), body(id))));
        clock.advance(Duration.ofSeconds(2));
        assertEquals("audience", enterOk(guest, body(id)).get("role"));
    }

    @Test
    void aFullRoomTurnsNewcomersAway() {
        Login owner = people.user("owner");
        String id = newRoomId("enter-");
        enterOk(owner, body(id));
        enterOk(people.user("g1"), body(id));
        Login g2 = people.user("g2");
        enterOk(g2, body(id));
        Login g3 = people.user("g3");
        assertEquals(2000, errorCode(enter.bearer(g3.token(), body(id))));
        assertEquals(false, enterOk(owner, body(id)).get("created"), "members still get in");

        app.apaasRooms().leave(g2.user().userId(), id);
        assertEquals("audience", enterOk(g3, body(id)).get("role"), "a place freed by leaving is taken");
        assertEquals(2000, errorCode(enter.bearer(g2.token(), body(id))));
    }

    @Test
    void parameterErrorsAre2000() {
        Login alice = people.user("alice");
        Map<String, Object> noAppId = body(newRoomId("enter-"));
        noAppId.remove("appId");
        Map<String, Object> reply = enter.bearer(alice.token(), noAppId);
        assertEquals(2000, errorCode(reply));
        assertTrue(((String) reply.get("errorMessage")).contains("appId"), reply.toString());
        for (Object badRoomId : new Object[] {"has space", "semi;colon", "@TGS#abc", "x".repeat(49), "中文", Map.of("id", 1), List.of("a")}) {
            assertEquals(2000, errorCode(enter.bearer(alice.token(), body(null, "roomId", badRoomId))), String.valueOf(badRoomId));
        }
        assertEquals(2000, errorCode(enter.bearer(alice.token(), body(newRoomId("enter-"), "appId", Map.of("a", 1)))));
        assertEquals(2000, errorCode(enter.bearer(alice.token(), body(newRoomId("enter-"), "title", List.of("t")))));
        assertEquals(2000, errorCode(enter.bearer(alice.token(), body(newRoomId("enter-"), "role", "r".repeat(33)))));
        assertTrue(im.requests().isEmpty(), "nothing reached IM");
    }

    @Test
    void aMissingOrForeignTokenIs204() {
        Login alice = people.user("alice");
        assertEquals(204, errorCode(enter.post(body(newRoomId("enter-")))));
        assertEquals(204, errorCode(enter.post(body(newRoomId("enter-"), "userId", people.user("bob").user().userId(),
                "token", alice.token()))));
        assertTrue(im.requests().isEmpty());
    }
}
