package io.roomservice.functions;

import static io.roomservice.testing.RoomServiceCalls.code;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.testing.RoomServiceCalls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoomserviceGetRoomListTest {

    private static App app;
    private static RoomServiceCalls getRoomList;

    @BeforeAll
    static void start() {
        app = RoomServiceCalls.app();
        getRoomList = new RoomServiceCalls(new RoomserviceGetRoomList(app.familyServices(), app.roomService()), "get_room_list");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @SuppressWarnings("unchecked")
    private static List<String> page(String type, int index, int cnt) {
        Map<String, Object> reply = getRoomList.post(type, "oViewer", app.tokens().issue(TokenAudience.ROOMSERVICE, "oViewer"), Map.of("index", index, "cnt", cnt));
        assertEquals(0, code(reply), reply.toString());
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> room : (List<Map<String, Object>>) reply.get("rooms")) {
            ids.add((String) room.get("roomID"));
            assertEquals(type.equals("live_room"), room.containsKey("audienceCount"));
        }
        return ids;
    }

    @Test
    void liveRoomsPageInAStableOrder() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = app.roomService().createRoom(RoomType.LIVE, "host" + i, Optional.empty(), "");
            app.roomService().addPusher(RoomType.LIVE, "host" + i, id, "h", "", app.roomService().urls().pushUrl("host" + i));
            created.add(id);
        }
        app.roomService().createRoom(RoomType.LIVE, "idle", Optional.empty(), "");
        List<String> all = new ArrayList<>(page("live_room", 0, 2));
        all.addAll(page("live_room", 2, 2));
        all.addAll(page("live_room", 4, 2));
        assertEquals(created, all, "never-joined rooms are not listed; pages do not overlap");
        assertEquals(List.of(), page("multi_room", 0, 20));
        assertEquals(1, code(getRoomList.post("live_room", "oViewer", app.tokens().issue(TokenAudience.ROOMSERVICE, "oViewer"), Map.of("cnt", 1000))));
        assertEquals(1, code(getRoomList.post("live_room", "oViewer", app.tokens().issue(TokenAudience.ROOMSERVICE, "oViewer"), Map.of("index", -1))));
    }
}
