package io.roomservice.functions;

import static io.roomservice.testing.ApaasCalls.errorCode;
import static io.roomservice.testing.ApaasRoomPeople.id;
import static io.roomservice.testing.ApaasRoomPeople.newRoomId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.domain.apaas.ApaasRoomRefusal;
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
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApaasRoomsKickUserTest {

    private static final String APP = "1400123456";
    private static final String TRTC_OK = "{\"Response\":{\"RequestId\":\"req-ok\"}}";
    private static final int BAN_SECONDS = 300;
    private static final String SECRET_KEY = TestApps.randomHex(16);

    private static RecordingHttpServer trtc;
    private static MutableClock clock;
    private static App app;
    private static ApaasRoomPeople people;
    private static ApaasCalls kick;

    @BeforeAll
    static void start() {
        trtc = RecordingHttpServer.start();
        clock = new MutableClock(Instant.now());
        app = TestApps.start(Map.of("TENCENTCLOUD_SECRETID", "AKIDtest", "TENCENTCLOUD_SECRETKEY", SECRET_KEY,
                "TRTC_API_ENDPOINT", trtc.baseUrl(), "APAAS_KICK_BAN_SECONDS", Integer.toString(BAN_SECONDS)), clock);
        people = new ApaasRoomPeople(app, APP);
        kick = new ApaasCalls(new ApaasRoomsKickUser(app.familyServices(), app.apaasRooms()), "/base/v1/rooms/kick_user");
    }

    @AfterAll
    static void stop() {
        app.close();
        trtc.close();
    }

    @BeforeEach
    void trtcAcceptsEverything() {
        trtc.respond("/", 200, "application/json", TRTC_OK);
        trtc.clear();
    }

    private static String numericRoomId() {
        return Long.toString(ThreadLocalRandom.current().nextLong(3_000_000_000L, 4_000_000_000L));
    }

    private static Map<String, Object> kick(Login caller, String roomId, Login member) {
        return kick.bearer(caller.token(), Map.of("roomId", roomId, "memberId", id(member)));
    }

    private static void kickOk(Login caller, String roomId, Login member) {
        Map<String, Object> reply = kick(caller, roomId, member);
        assertEquals(0, errorCode(reply), reply.toString());
        assertEquals("kick_user ok", reply.get("errorMessage"));
    }

    private static RecordedRequest onlyTrtcCall(String action) {
        List<RecordedRequest> sent = trtc.requests();
        assertEquals(1, sent.size(), sent.toString());
        RecordedRequest r = sent.get(0);
        assertEquals(action, r.header("X-TC-Action"));
        assertEquals("2019-07-22", r.header("X-TC-Version"));
        assertTrue(r.header("Authorization").startsWith("TC3-HMAC-SHA256 Credential=AKIDtest/"), r.header("Authorization"));
        return r;
    }

    private static List<String> members(Login viewer, String roomId) {
        return app.apaasRooms().listUsers(id(viewer), roomId, 0, Optional.empty(), 100).items().stream()
                .map(RoomMember::userId).collect(Collectors.toList());
    }

    @Test
    void theOwnerRemovesAMemberFromANumericRoom() {
        Login owner = people.user("owner");
        Login guest = people.user("guest");
        String roomId = people.room(numericRoomId(), owner, guest);
        kickOk(owner, roomId, guest);

        Map<String, Object> body = Json.readObject(onlyTrtcCall("RemoveUser").body());
        assertEquals(TestApps.SDK_APP_ID, ((Number) body.get("SdkAppId")).longValue());
        assertEquals(Long.parseLong(roomId), ((Number) body.get("RoomId")).longValue());
        assertEquals(List.of(id(guest)), body.get("UserIds"));
        assertEquals(List.of(id(owner)), members(owner, roomId));
    }

    @Test
    void aStringRoomRemovesByStringId() {
        Login owner = people.user("owner");
        Login guest = people.user("guest");
        String roomId = people.room(newRoomId("kick-"), owner, guest);
        kickOk(owner, roomId, guest);
        Map<String, Object> body = Json.readObject(onlyTrtcCall("RemoveUserByStrRoomId").body());
        assertEquals(roomId, body.get("RoomId"));
        assertEquals(List.of(id(guest)), body.get("UserIds"));
    }

    @Test
    void theKickedMemberCannotComeBackUntilTheBanEnds() {
        Login owner = people.user("owner");
        Login guest = people.user("guest");
        String roomId = people.room(newRoomId("kick-"), owner, guest);
        kickOk(owner, roomId, guest);
        ApaasRoomRefusal refused = assertThrows(ApaasRoomRefusal.class, () -> people.enter(guest, roomId));
        assertEquals(ApaasRoomRefusal.Reason.BANNED, refused.reason());

        trtc.clear();
        kickOk(owner, roomId, guest);
        onlyTrtcCall("RemoveUserByStrRoomId");

        clock.advance(Duration.ofSeconds(BAN_SECONDS + 1));
        people.enter(guest, roomId);
        assertTrue(members(guest, roomId).contains(id(guest)));
    }

    @Test
    void onlyTheOwnerKicksAndNotThemselves() {
        Login owner = people.user("owner");
        Login guest = people.user("guest");
        Login other = people.user("other");
        String roomId = people.room(newRoomId("kick-"), owner, guest, other);
        assertEquals(2003, errorCode(kick(guest, roomId, other)), "a member");
        assertEquals(2003, errorCode(kick(people.user("stranger"), roomId, other)), "a stranger");
        assertEquals(2003, errorCode(kick(owner, roomId, owner)), "the owner themselves");
        assertEquals(2003, errorCode(kick(guest, roomId, owner)), "the owner by a member");
        Map<String, Object> absent = kick(owner, roomId, people.user("absent"));
        assertEquals(2003, errorCode(absent), absent.toString());
        assertTrue(((String) absent.get("errorMessage")).contains("not in room"), absent.toString());
        assertEquals(3, members(owner, roomId).size());
        assertTrue(trtc.requests().isEmpty());
    }

    @Test
    void aFailingTrtcIs100AndKickingAgainRetriesIt() {
        Login owner = people.user("owner");
        Login guest = people.user("guest");
        String roomId = people.room(numericRoomId(), owner, guest);
        trtc.respond("/", 200, "application/json",
                "{\"Response\":{\"Error\":{\"Code\":\"InternalError\",\"Message\":\"boom\"},\"RequestId\":\"req-err\"}}");
        Map<String, Object> reply = kick(owner, roomId, guest);
        assertEquals(100, errorCode(reply), reply.toString());
        assertFalse(reply.toString().contains(SECRET_KEY), "no credentials in the answer");

        trtc.respond("/", 200, "application/json", TRTC_OK);
        trtc.clear();
        kickOk(owner, roomId, guest);
        onlyTrtcCall("RemoveUser");
        assertEquals(List.of(id(owner)), members(owner, roomId));
    }

    @Test
    void errors() {
        Login owner = people.user("owner");
        Login guest = people.user("guest");
        String roomId = people.room(newRoomId("kick-"), owner, guest);
        assertEquals(2003, errorCode(kick.bearer(owner.token(), Map.of("roomId", roomId))), "memberId missing");
        assertEquals(2003, errorCode(kick.bearer(owner.token(), Map.of("memberId", id(guest)))), "roomId missing");
        assertEquals(2003, errorCode(kick.bearer(owner.token(), Map.of("roomId", roomId, "memberId", Map.of("a", 1)))));
        assertEquals(2004, errorCode(kick.bearer(owner.token(), Map.of("roomId", "kick-unknown", "memberId", id(guest)))));
        assertEquals(204, errorCode(kick.post(Map.of("roomId", roomId, "memberId", id(guest)))));
        app.apaasRooms().destroy(id(owner), roomId);
        trtc.clear();
        assertEquals(2004, errorCode(kick(owner, roomId, guest)));
        assertTrue(trtc.requests().isEmpty());
    }
}
