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
import io.roomservice.domain.user.Login;
import io.roomservice.runtime.Json;
import io.roomservice.testing.ApaasCalls;
import io.roomservice.testing.ApaasRoomPeople;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.RecordedRequest;
import io.roomservice.testkit.RecordingHttpServer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApaasRoomsDestroyRoomTest {

    private static final String APP = "1400123456";
    private static final String DESTROY_GROUP = "/v4/group_open_http_svc/destroy_group";
    private static final String IM_OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}";
    private static final String TRTC_OK = "{\"Response\":{\"RequestId\":\"req-ok\"}}";

    private static RecordingHttpServer im;
    private static RecordingHttpServer trtc;
    private static App app;
    private static ApaasRoomPeople people;
    private static ApaasCalls destroy;

    @BeforeAll
    static void start() {
        im = RecordingHttpServer.start();
        trtc = RecordingHttpServer.start();
        app = TestApps.start(Map.of("IM_BASE_URL", im.baseUrl(), "IM_ADMIN_ID", "admin",
                "TENCENTCLOUD_SECRETID", "AKIDtest", "TENCENTCLOUD_SECRETKEY", TestApps.randomHex(16),
                "TRTC_API_ENDPOINT", trtc.baseUrl()), Clock.systemUTC());
        people = new ApaasRoomPeople(app, APP);
        destroy = new ApaasCalls(new ApaasRoomsDestroyRoom(app.familyServices(), app.apaasRooms()),
                "/base/v1/rooms/destroy_room");
    }

    @AfterAll
    static void stop() {
        app.close();
        im.close();
        trtc.close();
    }

    @BeforeEach
    void fakesAcceptEverything() {
        im.respond("/v4/group_open_http_svc/create_group", 200, "application/json", IM_OK);
        im.respond(DESTROY_GROUP, 200, "application/json", IM_OK);
        trtc.respond("/", 200, "application/json", TRTC_OK);
        im.clear();
        trtc.clear();
    }

    /** A room with this id, owned by {@code owner} with the others as members; the fakes forget its creation. */
    private static String room(String roomId, Login owner, Login... members) {
        people.room(roomId, owner, members);
        im.clear();
        trtc.clear();
        return roomId;
    }

    /** A numeric id that TRTC takes as its numeric RoomId (at most 4294967295). */
    private static String numericRoomId() {
        return Long.toString(ThreadLocalRandom.current().nextLong(3_000_000_000L, 4_000_000_000L));
    }

    private static void destroyOk(Login login, String roomId) {
        Map<String, Object> reply = destroy.bearer(login.token(), Map.of("roomId", roomId));
        assertEquals(0, errorCode(reply), reply.toString());
        assertEquals("destroy ok", reply.get("errorMessage"));
    }

    private static Map<String, Object> onlyDestroyGroup() {
        List<RecordedRequest> sent = im.requests();
        assertEquals(1, sent.size(), sent.toString());
        assertEquals(DESTROY_GROUP, sent.get(0).path());
        assertEquals("admin", sent.get(0).query().get("identifier"));
        return Json.readObject(sent.get(0).body());
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

    private static boolean exists(Login viewer, String roomId) {
        try {
            app.apaasRooms().detail(id(viewer), roomId);
            return true;
        } catch (ApaasRoomRefusal e) {
            return false;
        }
    }

    @Test
    void theOwnerDestroysANumericRoomWithItsGroupAndTrtcRoom() {
        Login owner = people.user("owner");
        Login guest = people.user("guest");
        String roomId = room(numericRoomId(), owner, guest);
        destroyOk(owner, roomId);

        assertEquals(roomId, onlyDestroyGroup().get("GroupId"));
        Map<String, Object> dismiss = Json.readObject(onlyTrtcCall("DismissRoom").body());
        assertEquals(TestApps.SDK_APP_ID, ((Number) dismiss.get("SdkAppId")).longValue());
        assertEquals(Long.parseLong(roomId), ((Number) dismiss.get("RoomId")).longValue());

        assertFalse(exists(owner, roomId));
        assertFalse(exists(guest, roomId));
        ApaasRoomRefusal refused = assertThrows(ApaasRoomRefusal.class, () -> people.enter(guest, roomId));
        assertEquals(ApaasRoomRefusal.Reason.NOT_FOUND, refused.reason());
    }

    @Test
    void aStringRoomIsDismissedByItsStringId() {
        Login owner = people.user("owner");
        String roomId = room("abc-1", owner);
        destroyOk(owner, roomId);
        assertEquals("abc-1", onlyDestroyGroup().get("GroupId"));
        Map<String, Object> dismiss = Json.readObject(onlyTrtcCall("DismissRoomByStrRoomId").body());
        assertEquals("abc-1", dismiss.get("RoomId"));
        assertEquals(TestApps.SDK_APP_ID, ((Number) dismiss.get("SdkAppId")).longValue());
    }

    @Test
    void idsOutsideTrtcsNumericRangeGoByString() {
        for (String roomId : new String[] {"4294967296", "0123456"}) {
            Login owner = people.user("owner");
            room(roomId, owner);
            destroyOk(owner, roomId);
            assertEquals(roomId, Json.readObject(onlyTrtcCall("DismissRoomByStrRoomId").body()).get("RoomId"));
            trtc.clear();
            im.clear();
        }
    }

    @Test
    void destroyingAgainAnswersOkAndSendsNothingMore() {
        Login owner = people.user("owner");
        String roomId = room(numericRoomId(), owner);
        destroyOk(owner, roomId);
        im.clear();
        trtc.clear();
        destroyOk(owner, roomId);
        assertTrue(im.requests().isEmpty(), im.requests().toString());
        assertTrue(trtc.requests().isEmpty(), trtc.requests().toString());
    }

    @Test
    void onlyTheOwnerDestroys() {
        Login owner = people.user("owner");
        Login guest = people.user("guest");
        String roomId = room(newRoomId("destroy-"), owner, guest);
        Map<String, Object> byGuest = destroy.bearer(guest.token(), Map.of("roomId", roomId));
        assertEquals(2001, errorCode(byGuest), byGuest.toString());
        assertEquals(2001, errorCode(destroy.bearer(people.user("stranger").token(), Map.of("roomId", roomId))));
        assertTrue(exists(guest, roomId));
        assertTrue(im.requests().isEmpty());
        assertTrue(trtc.requests().isEmpty());
    }

    @Test
    void aFailedTeardownStillAnswersOkAndTheSweeperRetriesIt() {
        Login owner = people.user("owner");
        String roomId = room(numericRoomId(), owner);
        im.respond(DESTROY_GROUP, 200, "application/json", "{\"ActionStatus\":\"FAIL\",\"ErrorCode\":10002,\"ErrorInfo\":\"busy\"}");
        destroyOk(owner, roomId);
        assertFalse(exists(owner, roomId));
        assertEquals(roomId, onlyDestroyGroup().get("GroupId"));

        im.respond(DESTROY_GROUP, 200, "application/json", IM_OK);
        im.clear();
        trtc.clear();
        assertTrue(app.apaasRooms().sweep().teardownsDone() >= 1);
        assertEquals(roomId, onlyDestroyGroup().get("GroupId"));
        assertEquals(Long.parseLong(roomId), ((Number) Json.readObject(onlyTrtcCall("DismissRoom").body()).get("RoomId")).longValue());

        im.clear();
        trtc.clear();
        app.apaasRooms().sweep();
        assertTrue(im.requests().isEmpty(), "done once, not again");
    }

    @Test
    void aTrtcRoomThatIsAlreadyGoneCountsAsDismissed() {
        Login owner = people.user("owner");
        String roomId = room(numericRoomId(), owner);
        trtc.respond("/", 200, "application/json",
                "{\"Response\":{\"Error\":{\"Code\":\"FailedOperation.RoomNotExist\",\"Message\":\"no room\"},\"RequestId\":\"r\"}}");
        destroyOk(owner, roomId);
        trtc.respond("/", 200, "application/json", TRTC_OK);
        im.clear();
        trtc.clear();
        app.apaasRooms().sweep();
        assertTrue(trtc.requests().isEmpty(), "nothing left to retry");
    }

    @Test
    void errors() {
        Login owner = people.user("owner");
        String roomId = room(newRoomId("destroy-"), owner);
        assertEquals(2001, errorCode(destroy.bearer(owner.token(), Map.of())));
        assertEquals(2001, errorCode(destroy.bearer(owner.token(), Map.of("roomId", "bad id"))));
        assertEquals(2004, errorCode(destroy.bearer(owner.token(), Map.of("roomId", "destroy-unknown"))));
        assertEquals(204, errorCode(destroy.post(Map.of("roomId", roomId))));
        assertTrue(exists(owner, roomId));
        assertTrue(im.requests().isEmpty());
        assertTrue(trtc.requests().isEmpty());
    }
}
