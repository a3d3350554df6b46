package io.roomservice.functions;

import static io.roomservice.testing.RoomServiceCalls.code;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomServiceRooms;
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
        setField = new RoomServiceCalls(new RoomserviceSetCustomField(app.familyServices(), app.roomService()),
                "set_custom_field");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Map<String, Object> set(Map<String, Object> body) {
        return as("oViewer", body);
    }

    private static Map<String, Object> as(String userId, Map<String, Object> body) {
        return setField.post("live_room", userId, app.tokens().issue(TokenAudience.ROOMSERVICE, userId), body);
    }

    /** The room's fields, read by adding nothing to an existing one (a room never joined is not yet listed). */
    private static Map<String, Long> fields(String roomId, String existingField) {
        return app.roomService().setCustomField(RoomType.LIVE, "oHost", roomId, existingField, true, 0);
    }

    @Test
    void incDecAndSetAllWork() {
        String id = app.roomService().createRoom(RoomType.LIVE, "oHost", Optional.empty(), "");
        app.roomService().addAudience(RoomType.LIVE, "oViewer", id, "{}");
        assertEquals("{\"likes\":1}", set(Map.of("roomID", id, "fieldName", "likes", "operation", "inc")).get("custom"));
        assertEquals("{\"likes\":2}", set(Map.of("roomID", id, "fieldName", "likes", "operation", "inc")).get("custom"));
        assertEquals("{\"likes\":1}", set(Map.of("roomID", id, "fieldName", "likes", "operation", "dec")).get("custom"));
        Map<String, Object> reply = as("oHost", Map.of("roomID", id, "fieldName", "mode", "operation", "set", "value", 42));
        assertEquals(0, code(reply));
        assertEquals("请求成功", reply.get("message"));
        assertEquals("{\"likes\":1,\"mode\":42}", reply.get("custom"));
    }

    @Test
    void onlyTheCreatorSetsAndOnlyThoseInTheRoomCount() {
        String id = app.roomService().createRoom(RoomType.LIVE, "oHost", Optional.empty(), "");
        app.roomService().addAudience(RoomType.LIVE, "oViewer", id, "{}");
        assertEquals(0, code(as("oHost", Map.of("roomID", id, "fieldName", "likes", "operation", "inc"))));
        assertEquals(3, code(as("oViewer", Map.of("roomID", id, "fieldName", "mode", "operation", "set", "value", 1))),
                "an audience member does not set");
        assertEquals(5, code(as("oStranger", Map.of("roomID", id, "fieldName", "likes", "operation", "inc"))),
                "someone not in the room does not count");
        assertEquals(3, code(as("oStranger", Map.of("roomID", id, "fieldName", "mode", "operation", "set", "value", 1))));
        assertEquals(Map.of("likes", 1L), fields(id, "likes"));
    }

    @Test
    void valuesStayWithinTheBound() {
        String id = app.roomService().createRoom(RoomType.LIVE, "oHost", Optional.empty(), "");
        long max = RoomServiceRooms.MAX_CUSTOM_FIELD_VALUE;
        assertEquals(1, code(as("oHost", Map.of("roomID", id, "fieldName", "mode", "operation", "set", "value", max + 1))));
        assertEquals(1, code(as("oHost", Map.of("roomID", id, "fieldName", "mode", "operation", "set", "value", Long.MIN_VALUE))));
        assertEquals(0, code(as("oHost", Map.of("roomID", id, "fieldName", "mode", "operation", "set", "value", max))));
        assertEquals(1, code(as("oHost", Map.of("roomID", id, "fieldName", "mode", "operation", "inc"))));
        assertEquals(Map.of("mode", max), fields(id, "mode"));
    }

    @Test
    void badRequestsChangeNothing() {
        String id = app.roomService().createRoom(RoomType.LIVE, "oHost", Optional.empty(), "");
        app.roomService().addAudience(RoomType.LIVE, "oViewer", id, "{}");
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
        assertEquals(Map.of(), app.roomService().setCustomField(RoomType.LIVE, "oHost", id, "x", true, 0).entrySet().stream()
                .filter(e -> !e.getKey().equals("x")).collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
