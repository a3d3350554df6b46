package io.roomservice.functions.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.runtime.Json;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.Events;
import io.roomservice.testkit.TestContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VideoServiceTest {

    private static App app;
    private static VideoService video;

    @BeforeAll
    static void start() {
        app = TestApps.start();
        video = new VideoService(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Map<String, Object> call(Map<String, Object> data, String openId) {
        return Json.readObject(video.handle(Events.cloudFunction(data, openId), new TestContext()));
    }

    @Test
    void callServiceRunsTheActionWithThePlatformIdentity() {
        Map<String, Object> reply = call(Map.of("service", "video", "action", "webrtcroom-enter-room",
                "data", Map.of("roomID", "1234", "userID", "oForged")), "oCaller");
        assertEquals(0, reply.get("code"), reply.toString());
        assertEquals("create success", reply.get("message"));
        assertTrue(app.callRooms().info("1234").orElseThrow().hasMember("oCaller"));

        Map<String, Object> list = call(Map.of("service", "video", "action", "liveroom-get-room-list",
                "data", Map.of("skip", 0, "limit", 20)), "oCaller");
        assertEquals(0, list.get("code"), list.toString());
    }

    @Test
    void theRouterStyleNamesTheActionInDollarUrl() {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("$url", "webrtcroom-get-room-info");
        event.put("roomID", "1234");
        Map<String, Object> reply = call(event, "oCaller");
        assertEquals(0, reply.get("code"), reply.toString());
    }

    @Test
    void unknownServicesAndActionsAreClearErrors() {
        Map<String, Object> wrongService = call(Map.of("service", "sms", "action", "send", "data", Map.of()), "oX");
        assertEquals(10001, wrongService.get("code"));
        assertTrue(wrongService.get("message").toString().contains("unknown service 'sms'"), wrongService.toString());

        Map<String, Object> wrongAction = call(Map.of("service", "video", "action", "WebrtcEnterRoom", "data", Map.of()), "oX");
        assertEquals(10001, wrongAction.get("code"));
        assertTrue(wrongAction.get("message").toString().contains("webrtcroom-enter-room"), wrongAction.toString());

        assertEquals(10001, call(Map.of("service", "video", "action", "webrtcroom-enter-room", "data", "1234"), "oX").get("code"));
        assertEquals(10003, call(Map.of("service", "video", "action", "webrtcroom-enter-room", "data", Map.of("roomID", "9")), null).get("code"));
    }

    /** webrtcroom-create-room through callService({service:'video'}), the way a mini-program calls it. */
    @Test
    @SuppressWarnings("unchecked")
    void aCreatedRoomIsListedAndItsIdCannotBeCreatedTwice() {
        Map<String, Object> created = callAction("webrtcroom-create-room", Map.of("roomName", "客服"), "oCaller");
        assertEquals(0, created.get("code"), created.toString());
        assertEquals("create success", created.get("message"));
        Map<String, Object> room = (Map<String, Object>) ((Map<String, Object>) created.get("data")).get("roomInfo");
        String id = room.get("roomID").toString();
        assertEquals(List.of("oCaller"), room.get("members"));

        Map<String, Object> list = callAction("webrtcroom-get-room-list", Map.of("skip", 0, "limit", 20), "oOther");
        List<Map<String, Object>> rooms = (List<Map<String, Object>>) list.get("data");
        assertTrue(rooms.stream().anyMatch(r -> id.equals(r.get("roomID"))), list.toString());

        Map<String, Object> again = callAction("webrtcroom-create-room", Map.of("roomID", id), "oOther");
        assertEquals(10010, again.get("code"), again.toString());
        assertEquals(List.of("oCaller"), app.callRooms().info(id).orElseThrow().members());
    }

    private static Map<String, Object> callAction(String action, Map<String, Object> data, String openId) {
        return call(Map.of("service", "video", "action", action, "data", data), openId);
    }
}
