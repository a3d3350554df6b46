package io.roomservice.functions;

import static io.roomservice.testing.RoomServiceCalls.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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

class RoomserviceGetAnchorsTest {

    private static App app;
    private static RoomServiceCalls getAnchors;

    @BeforeAll
    static void start() {
        app = RoomServiceCalls.app();
        getAnchors = new RoomServiceCalls(new RoomserviceGetAnchors(app.familyServices(), app.roomService()), "get_anchors");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Map<String, Object> get(String user, String roomId) {
        return getAnchors.post("live_room", user, app.tokens().issue(TokenAudience.ROOMSERVICE, user), Map.of("roomID", roomId));
    }

    @Test
    void theRoomAsGetPushersShowsItWithTheNumberOfItsLineUp() {
        String id = app.roomService().createRoom(RoomType.LIVE, "oAnchor", Optional.empty(), "info");
        app.roomService().addPusher(RoomType.LIVE, "oAnchor", id, "a", "", app.roomService().urls().pushUrl("oAnchor"));
        Map<String, Object> one = get("oFan", id);
        assertEquals(0, code(one));
        assertEquals("oAnchor", one.get("roomCreator"));
        assertEquals(1, ((List<?>) one.get("pushers")).size());
        int lineup = assertInstanceOf(Integer.class, one.get("roomStatusCode"));

        app.roomService().addPusher(RoomType.LIVE, "oGuest", id, "g", "", app.roomService().urls().pushUrl("oGuest"));
        Map<String, Object> two = get("oFan", id);
        assertEquals(2, ((List<?>) two.get("pushers")).size());
        assertNotEquals(lineup, two.get("roomStatusCode"));
        Map<String, Object> invoked = getAnchors.invoke("live_room", "oFan", Map.of("roomID", id));
        assertEquals(0, code(invoked));
        assertEquals(two.get("roomStatusCode"), invoked.get("roomStatusCode"), "every caller and instance computes the same number");
    }

    @Test
    void aLiveRoomOnlyAndAnExistingOne() {
        assertEquals(3, code(get("oFan", "room_missing")));
        assertEquals(1, code(get("oFan", "bad id!")));
        assertEquals(1, code(getAnchors.invoke("multi_room", "oFan", Map.of("roomID", "x"))), "anchors exist in live rooms only");
        assertEquals(7, code(getAnchors.post("live_room", "oFan", "not-a-token", Map.of("roomID", "x"))));
    }
}
