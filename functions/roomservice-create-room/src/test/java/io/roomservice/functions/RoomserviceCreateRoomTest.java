package io.roomservice.functions;

import static io.roomservice.testing.RoomServiceCalls.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomRefusal;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.testing.RoomServiceCalls;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoomserviceCreateRoomTest {

    private static App app;
    private static RoomServiceCalls createRoom;

    @BeforeAll
    static void start() {
        app = RoomServiceCalls.app();
        createRoom = new RoomServiceCalls(new RoomserviceCreateRoom(app.familyServices(), app.roomService()), "create_room");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Map<String, Object> create(String type, String userId, Map<String, Object> body) {
        return createRoom.post(type, userId, app.tokens().issue(TokenAudience.ROOMSERVICE, userId), body);
    }

    @Test
    void aRoomIsCreatedUnderAFreshIdOrTheRequestedOneForTheCaller() {
        Map<String, Object> fresh = create("multi_room", "oAlice", Map.of("userID", "oVictim", "roomInfo", "{\"title\":\"会议\"}"));
        assertEquals(0, code(fresh), fresh.toString());
        String id = (String) fresh.get("roomID");
        assertTrue(id.matches("room_[0-9a-f]{8}_[0-9a-f]{4}"), id);
        assertEquals(RoomRefusal.Reason.NOT_CREATOR, assertThrows(RoomRefusal.class,
                () -> app.roomService().destroyRoom(RoomType.MULTI, "oVictim", id)).reason(), "the body userID is not the creator");

        assertEquals("my-room", create("live_room", "oBob", Map.of("roomID", "my-room", "roomInfo", "")).get("roomID"));
        Map<String, Object> again = create("live_room", "oCarol", Map.of("roomID", "my-room", "roomInfo", "x"));
        assertEquals(11, code(again));
        assertEquals("my-room", create("double_room", "oCarol", Map.of("roomID", "my-room")).get("roomID"), "room types are separate");
        assertEquals("rtc-1", createRoom.invoke("rtc_room", "oDan", Map.of("roomID", "rtc-1")).get("roomID"));
    }

    @Test
    void roomInfoIsLimitedTo1024BytesAndBadInputCreatesNothing() {
        String exactly = "房".repeat(341) + "x";
        assertEquals(0, code(create("multi_room", "oAlice", Map.of("roomID", "info-ok", "roomInfo", exactly))));
        Map<String, Object> tooLong = create("multi_room", "oAlice", Map.of("roomID", "info-long", "roomInfo", exactly + "x"));
        assertEquals(10, code(tooLong));
        Object[][] cases = {
            {Map.of("roomID", "has space"), 1},
            {Map.of("roomID", "x".repeat(49)), 1},
            {Map.of("roomID", Map.of("a", 1)), 1},
            {Map.of("roomID", "ok-id", "roomInfo", List.of("a")), 1},
        };
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) c[0];
            Map<String, Object> reply = create("multi_room", "oAlice", body);
            assertEquals(c[1], code(reply), body + " -> " + reply);
            assertTrue(!reply.toString().contains("Exception"));
        }
        for (String id : new String[] {"info-long", "ok-id"}) {
            assertEquals(0, code(create("multi_room", "oBob", Map.of("roomID", id))), id + " must still be free");
        }
    }
}
