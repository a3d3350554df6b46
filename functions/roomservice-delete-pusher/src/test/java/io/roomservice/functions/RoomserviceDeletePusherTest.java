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

class RoomserviceDeletePusherTest {

    private static App app;
    private static RoomServiceCalls deletePusher;

    @BeforeAll
    static void start() {
        app = RoomServiceCalls.app();
        deletePusher = new RoomServiceCalls(new RoomserviceDeletePusher(app.familyServices(), app.roomService()),
                "delete_pusher");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static void join(RoomType type, String id, String user) {
        app.roomService().addPusher(type, user, id, user, "", app.roomService().urls().pushUrl(user));
    }

    @Test
    void aCallerRemovesOnlyThemselvesWhateverTheBodySays() {
        String id = app.roomService().createRoom(RoomType.MULTI, "oA", Optional.empty(), "");
        join(RoomType.MULTI, id, "oA");
        join(RoomType.MULTI, id, "oB");
        assertEquals(5, code(deletePusher.post("multi_room", "oMallory", app.tokens().issue(TokenAudience.ROOMSERVICE, "oMallory"), Map.of("roomID", id, "userID", "oA"))));
        assertEquals(2, app.roomService().pushers(RoomType.MULTI, id).pushers().size());
        assertEquals(0, code(deletePusher.post("multi_room", "oB", app.tokens().issue(TokenAudience.ROOMSERVICE, "oB"), Map.of("roomID", id, "userID", "oA"))));
        assertEquals("oA", app.roomService().pushers(RoomType.MULTI, id).pushers().get(0).userId());
        assertEquals(0, code(deletePusher.invoke("multi_room", "oA", Map.of("roomID", id))));
        assertEquals(3, code(deletePusher.post("multi_room", "oA", app.tokens().issue(TokenAudience.ROOMSERVICE, "oA"), Map.of("roomID", id))), "the last one out ended it");
    }

    @Test
    void theLiveCreatorLeavingEndsTheRoom() {
        String id = app.roomService().createRoom(RoomType.LIVE, "oHost", Optional.empty(), "");
        join(RoomType.LIVE, id, "oHost");
        join(RoomType.LIVE, id, "oGuest");
        assertEquals(0, code(deletePusher.functionUrl("live_room", "oHost", app.tokens().issue(TokenAudience.ROOMSERVICE, "oHost"), Map.of("roomID", id))));
        assertEquals(3, code(deletePusher.post("live_room", "oGuest", app.tokens().issue(TokenAudience.ROOMSERVICE, "oGuest"), Map.of("roomID", id))));
    }
}
