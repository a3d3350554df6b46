package io.roomservice.functions;

import static io.roomservice.testing.RoomServiceCalls.code;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

class RoomserviceGetAudiencesTest {

    private static App app;
    private static RoomServiceCalls getAudiences;

    @BeforeAll
    static void start() {
        app = RoomServiceCalls.app();
        getAudiences = new RoomServiceCalls(new RoomserviceGetAudiences(app.familyServices(), app.roomService()),
                "get_audiences");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theAudienceInArrivalOrderWithItsCount() {
        String id = app.roomService().createRoom(RoomType.LIVE, "oHost", Optional.empty(), "");
        app.roomService().addAudience(RoomType.LIVE, "oV1", id, "{\"userName\":\"one\"}");
        app.roomService().addAudience(RoomType.LIVE, "oV2", id, "{\"userName\":\"two\"}");
        Map<String, Object> reply = getAudiences.post("live_room", "oHost", app.tokens().issue(TokenAudience.ROOMSERVICE, "oHost"), Map.of("roomID", id));
        assertEquals(0, code(reply), reply.toString());
        assertEquals(2, reply.get("audienceCount"));
        assertEquals(List.of(Map.of("userID", "oV1", "userInfo", "{\"userName\":\"one\"}"), Map.of("userID", "oV2", "userInfo", "{\"userName\":\"two\"}")),
                reply.get("audiences"));
        assertEquals(3, code(getAudiences.post("live_room", "oHost", app.tokens().issue(TokenAudience.ROOMSERVICE, "oHost"), Map.of("roomID", "nope"))));
    }
}
