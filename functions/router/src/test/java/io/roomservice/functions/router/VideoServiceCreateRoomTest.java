package io.roomservice.functions.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.runtime.Json;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.Events;
import io.roomservice.testkit.TestContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** webrtcroom-create-room through callService({service:'video'}), the way a mini-program calls it. */
class VideoServiceCreateRoomTest {

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

    private static Map<String, Object> call(String action, Map<String, Object> data, String openId) {
        Map<String, Object> event = Map.of("service", "video", "action", action, "data", data);
        return Json.readObject(video.handle(Events.cloudFunction(event, openId), new TestContext()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCreatedRoomIsListedAndItsIdCannotBeCreatedTwice() {
        Map<String, Object> created = call("webrtcroom-create-room", Map.of("roomName", "客服"), "oCaller");
        assertEquals(0, created.get("code"), created.toString());
        assertEquals("create success", created.get("message"));
        Map<String, Object> room = (Map<String, Object>) ((Map<String, Object>) created.get("data")).get("roomInfo");
        String id = room.get("roomID").toString();
        assertEquals(List.of("oCaller"), room.get("members"));

        Map<String, Object> list = call("webrtcroom-get-room-list", Map.of("skip", 0, "limit", 20), "oOther");
        List<Map<String, Object>> rooms = (List<Map<String, Object>>) list.get("data");
        assertTrue(rooms.stream().anyMatch(r -> id.equals(r.get("roomID"))), list.toString());

        Map<String, Object> again = call("webrtcroom-create-room", Map.of("roomID", id), "oOther");
        assertEquals(10010, again.get("code"), again.toString());
        assertEquals(List.of("oCaller"), app.callRooms().info(id).orElseThrow().members());
    }
}
