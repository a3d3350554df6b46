package io.roomservice.functions;

import static io.roomservice.testing.RoomServiceCalls.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.testing.RoomServiceCalls;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoomserviceGetPushersTest {

    private static App app;
    private static RoomServiceCalls getPushers;

    @BeforeAll
    static void start() {
        app = RoomServiceCalls.app();
        getPushers = new RoomServiceCalls(new RoomserviceGetPushers(app.familyServices(), app.roomService()), "get_pushers");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRoomAndItsPushersWithPlayOnlyUrls() {
        String id = app.roomService().createRoom(RoomType.LIVE, "oHost", Optional.empty(), "{\"title\":\"直播\"}");
        String hostUrl = app.roomService().urls().pushUrl("oHost");
        app.roomService().addPusher(RoomType.LIVE, "oHost", id, "主播", "a.png", hostUrl);
        app.roomService().setCustomField(RoomType.LIVE, "oHost", id, "likes", true, 1);
        Map<String, Object> reply = getPushers.post("live_room", "oViewer", app.tokens().issue(TokenAudience.ROOMSERVICE, "oViewer"), Map.of("roomID", id));
        assertEquals(0, code(reply), reply.toString());
        assertEquals(id, reply.get("roomID"));
        assertEquals("{\"title\":\"直播\"}", reply.get("roomInfo"));
        assertEquals("oHost", reply.get("roomCreator"));
        assertEquals("{\"likes\":1}", reply.get("custom"));
        assertTrue(((String) reply.get("mixedPlayURL")).startsWith("https://play.example.com/live/8888_oHost_"), reply.toString());
        List<Map<String, Object>> pushers = (List<Map<String, Object>>) reply.get("pushers");
        assertEquals(1, pushers.size());
        assertEquals(Map.of("userID", "oHost", "userName", "主播", "userAvatar", "a.png", "accelerateURL", pushers.get(0).get("accelerateURL")),
                pushers.get(0));
        assertTrue(((String) pushers.get(0).get("accelerateURL")).startsWith("rtmp://play.example.com/live/"));
        assertFalse(reply.toString().contains(hostUrl.substring(hostUrl.indexOf("txSecret"))), "no push signature is handed out");
        assertEquals(id, getPushers.functionUrl("live_room", "oViewer", app.tokens().issue(TokenAudience.ROOMSERVICE, "oViewer"), Map.of("roomID", id)).get("roomID"));
        assertEquals(id, getPushers.invoke("live_room", "oViewer", Map.of("roomID", id)).get("roomID"));
    }

    @Test
    void missingUnjoinedAndMalformedRooms() {
        String token = app.tokens().issue(TokenAudience.ROOMSERVICE, "oViewer");
        assertEquals(3, code(getPushers.post("multi_room", "oViewer", token, Map.of("roomID", "nope"))));
        String idle = app.roomService().createRoom(RoomType.MULTI, "oA", Optional.empty(), "");
        assertEquals(3, code(getPushers.post("multi_room", "oViewer", token, Map.of("roomID", idle))));
        assertEquals(1, code(getPushers.post("multi_room", "oViewer", token, Map.of("roomID", "../x"))));
        assertEquals(1, code(getPushers.post("multi_room", "oViewer", token, Map.of())));
    }
}
