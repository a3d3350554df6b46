package io.roomservice.functions;

import static io.roomservice.testing.RoomServiceCalls.code;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.testing.RoomServiceCalls;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoomserviceDeleteAudienceTest {

    private static App app;
    private static RoomServiceCalls deleteAudience;

    @BeforeAll
    static void start() {
        app = RoomServiceCalls.app();
        deleteAudience = new RoomServiceCalls(new RoomserviceDeleteAudience(app.familyServices(), app.roomService()),
                "delete_audience");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aCallerLeavesOnlyTheirOwnSeatAndTheCountNeverGoesNegative() {
        String id = app.roomService().createRoom(RoomType.LIVE, "oHost", Optional.empty(), "");
        app.roomService().addAudience(RoomType.LIVE, "oV1", id, "{}");
        app.roomService().addAudience(RoomType.LIVE, "oV2", id, "{}");
        assertEquals(0, code(deleteAudience.post("live_room", "oV2", app.tokens().issue(TokenAudience.ROOMSERVICE, "oV2"), Map.of("roomID", id, "userID", "oV1"))));
        assertEquals(0, code(deleteAudience.post("live_room", "oV2", app.tokens().issue(TokenAudience.ROOMSERVICE, "oV2"), Map.of("roomID", id))));
        assertEquals("oV1", app.roomService().audiences(RoomType.LIVE, id).get(0).userId());
        assertEquals(1, app.roomService().audiences(RoomType.LIVE, id).size());
        assertEquals(0, code(deleteAudience.invoke("live_room", "oV1", Map.of("roomID", id))));
        assertEquals(0, code(deleteAudience.invoke("live_room", "oV1", Map.of("roomID", id))));
        app.roomService().addAudience(RoomType.LIVE, "oV3", id, "{}");
        assertEquals(1, app.roomService().audiences(RoomType.LIVE, id).size());
        assertEquals(3, code(deleteAudience.post("live_room", "oV1", app.tokens().issue(TokenAudience.ROOMSERVICE, "oV1"), Map.of("roomID", "gone"))));
    }
}
