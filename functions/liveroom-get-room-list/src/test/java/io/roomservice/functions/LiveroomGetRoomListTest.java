package io.roomservice.functions;

import static io.roomservice.testing.Calls.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.roomservice.app.App;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.runtime.Json;
import io.roomservice.testing.Calls;
import io.roomservice.testing.StreamUrls;
import io.roomservice.testing.TestApps;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LiveroomGetRoomListTest {

    private static App app;
    private static Calls list;

    @BeforeAll
    static void start() {
        app = TestApps.start();
        list = new Calls(new LiveroomGetRoomList(app.familyServices(), app.liveRooms(), app.liveStreams()), "/video/liveroom-get-room-list");
        for (int i = 1; i <= 3; i++) {
            app.liveRooms().enter("oAnchor" + i, Integer.toString(8000 + i), Optional.empty());
        }
        app.liveRooms().quit("oAnchor2", "8002");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListShowsOpenRoomsWithPlayUrlsAndNeverAPushUrl() {
        Map<String, Object> reply = list.invoke(Map.of("skip", 0, "limit", 20), "oAnchor1");
        assertEquals(0, code(reply));
        List<Map<String, Object>> rooms = (List<Map<String, Object>>) reply.get("data");
        assertEquals(List.of("8003", "8001"), rooms.stream().map(r -> r.get("roomID")).toList());
        for (Map<String, Object> room : rooms) {
            assertFalse(room.containsKey("pushUrl"));
            assertFalse(room.containsKey("members"));
            StreamUrls.assertSignedWith(((List<String>) room.get("playUrl")).get(1), TestApps.LIVE_PLAY_KEY, Instant.now().getEpochSecond());
        }
        assertFalse(Json.write(reply).contains("bizid="), "push URLs carry the bizid parameter");
        assertEquals(10001, code(list.apiGateway(app.tokens().issue(TokenAudience.VIDEO, "oX"), Map.of("limit", 101))));
    }
}
