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

class RoomserviceDestroyRoomTest {

    private static App app;
    private static RoomServiceCalls destroyRoom;

    @BeforeAll
    static void start() {
        app = RoomServiceCalls.app();
        destroyRoom = new RoomServiceCalls(new RoomserviceDestroyRoom(app.familyServices(), app.roomService()), "destroy_room");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void onlyTheCreatorDestroysEvenWhenTheBodyNamesTheCreator() {
        String id = app.roomService().createRoom(RoomType.LIVE, "oHost", Optional.empty(), "");
        app.roomService().addPusher(RoomType.LIVE, "oHost", id, "host", "", app.roomService().urls().pushUrl("oHost"));
        Map<String, Object> hijack = destroyRoom.post("live_room", "oMallory", app.tokens().issue(TokenAudience.ROOMSERVICE, "oMallory"),
                Map.of("roomID", id, "userID", "oHost"));
        assertEquals(3, code(hijack));
        assertEquals(1, app.roomService().pushers(RoomType.LIVE, id).pushers().size(), "the room is untouched");

        assertEquals(0, code(destroyRoom.post("live_room", "oHost", app.tokens().issue(TokenAudience.ROOMSERVICE, "oHost"), Map.of("roomID", id))));
        assertEquals(3, code(destroyRoom.post("live_room", "oHost", app.tokens().issue(TokenAudience.ROOMSERVICE, "oHost"), Map.of("roomID", id))));
        assertEquals(1, code(destroyRoom.post("live_room", "oHost", app.tokens().issue(TokenAudience.ROOMSERVICE, "oHost"), Map.of())));
    }

    @Test
    void aRoomNeverJoinedCanBeDestroyedByItsCreator() {
        String id = app.roomService().createRoom(RoomType.DOUBLE, "oAlice", Optional.empty(), "");
        assertEquals(0, code(destroyRoom.functionUrl("double_room", "oAlice", app.tokens().issue(TokenAudience.ROOMSERVICE, "oAlice"), Map.of("roomID", id))));
        assertEquals(0, code(destroyRoom.invoke("double_room", "oAlice",
                Map.of("roomID", app.roomService().createRoom(RoomType.DOUBLE, "oAlice", Optional.empty(), "")))));
    }
}
