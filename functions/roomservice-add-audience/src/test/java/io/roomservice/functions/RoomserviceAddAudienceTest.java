package io.roomservice.functions;

import static io.roomservice.testing.RoomServiceCalls.code;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.testing.RoomServiceCalls;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoomserviceAddAudienceTest {

    private static App app;
    private static RoomServiceCalls addAudience;

    @BeforeAll
    static void start() {
        app = RoomServiceCalls.app(Map.of("ROOMSERVICE_LIVE_MAX_AUDIENCES", "2"), Clock.systemUTC());
        addAudience = new RoomServiceCalls(new RoomserviceAddAudience(app.familyServices(), app.roomService()), "add_audience");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Map<String, Object> add(String user, String roomId) {
        return addAudience.post("live_room", user, app.tokens().issue(TokenAudience.ROOMSERVICE, user),
                Map.of("roomID", roomId, "userID", "oSomeoneElse", "userInfo", "{\"userName\":\"" + user + "\"}"));
    }

    @Test
    void theAudienceIsCountedExactlyAndCapped() {
        String id = app.roomService().createRoom(RoomType.LIVE, "oHost", Optional.empty(), "");
        assertEquals(0, code(add("oV1", id)));
        assertEquals(0, code(add("oV1", id)), "a second add is an update, not a second seat");
        assertEquals(0, code(add("oV2", id)));
        assertEquals(5001, code(add("oV3", id)));
        assertEquals(2, app.roomService().audiences(RoomType.LIVE, id).size());
        assertEquals("oV1", app.roomService().audiences(RoomType.LIVE, id).get(0).userId(), "the body userID is ignored");
    }

    @Test
    void missingRoomsAndOtherRoomTypesAreRefused() {
        assertEquals(3, code(add("oV1", "no-such-room")));
        assertEquals(1, code(addAudience.invoke("multi_room", "oV1", Map.of("roomID", "x"))));
        assertEquals(7, code(addAudience.post("live_room", "oV1", null, Map.of("roomID", "x"))));
    }
}
