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

class RoomserviceSetCustomFieldTest {

    private static App app;
    private static RoomServiceCalls setField;

    @BeforeAll
    static void start() {
        app = RoomServiceCalls.app();
        setField = new RoomServiceCalls(new RoomserviceSetCustomField(app), "set_custom_field");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Map<String, Object> set(Map<String, Object> body) {
        return setField.post("live_room", "oViewer", app.tokens().issue(TokenAudience.ROOMSERVICE, "oViewer"), body);
    }

    @Test
    void incDecAndSetAllWork() {
        String id = app.roomService().createRoom(RoomType.LIVE, "oHost", Optional.empty(), "");
        assertEquals("{\"likes\":1}", set(Map.of("roomID", id, "fieldName", "likes", "operation", "inc")).get("custom"));
        assertEquals("{\"likes\":2}", set(Map.of("roomID", id, "fieldName", "likes", "operation", "inc")).get("custom"));
        assertEquals("{\"likes\":1}", set(Map.of("roomID", id, "fieldName", "likes", "operation", "dec")).get("custom"));
        Map<String, Object> reply = set(Map.of("roomID", id, "fieldName", "mode", "operation", "set", "value", 42));
        assertEquals(0, code(reply));
        assertEquals("请求成功", reply.get("message"));
        assertEquals("{\"likes\":1,\"mode\":42}", reply.get("custom"));
    }

    @Test
    void badRequestsChangeNothing() {
        String id = app.roomService().createRoom(RoomType.LIVE, "oHost", Optional.empty(), "");
        Object[][] cases = {
            {Map.of("roomID", id, "fieldName", "mode", "operation", "set"), 1},
            {Map.of("roomID", id, "fieldName", "mode", "operation", "set", "value", "many"), 1},
            {Map.of("roomID", id, "fieldName", "mode", "operation", "mul"), 1},
            {Map.of("roomID", id, "fieldName", "bad name", "operation", "inc"), 1},
            {Map.of("roomID", id, "operation", "inc"), 1},
            {Map.of("roomID", "nope", "fieldName", "likes", "operation", "inc"), 3},
        };
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) c[0];
            assertEquals(c[1], code(set(body)), body.toString());
        }
        assertEquals(Map.of(), app.roomService().setCustomField(RoomType.LIVE, id, "x", true, 0).entrySet().stream()
                .filter(e -> !e.getKey().equals("x")).collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
