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

class RoomserviceGetCustomInfoTest {

    private static App app;
    private static RoomServiceCalls getCustomInfo;

    @BeforeAll
    static void start() {
        app = RoomServiceCalls.app();
        getCustomInfo = new RoomServiceCalls(new RoomserviceGetCustomInfo(app.familyServices(), app.roomService()),
                "get_custom_info");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void customFieldsComeBackAsAJsonString() {
        String id = app.roomService().createRoom(RoomType.LIVE, "oHost", Optional.empty(), "");
        app.roomService().addPusher(RoomType.LIVE, "oHost", id, "h", "", app.roomService().urls().pushUrl("oHost"));
        String token = app.tokens().issue(TokenAudience.ROOMSERVICE, "oViewer");
        assertEquals("{}", getCustomInfo.post("live_room", "oViewer", token, Map.of("roomID", id)).get("custom"));
        app.roomService().setCustomField(RoomType.LIVE, "oHost", id, "likes", true, 1);
        app.roomService().setCustomField(RoomType.LIVE, "oHost", id, "gifts", false, 9);
        assertEquals("{\"gifts\":9,\"likes\":1}", getCustomInfo.post("live_room", "oViewer", token, Map.of("roomID", id)).get("custom"));
        assertEquals(3, code(getCustomInfo.post("live_room", "oViewer", token, Map.of("roomID", "nope"))));
    }
}
