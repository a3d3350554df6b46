package io.roomservice.functions;

import static io.roomservice.testing.Calls.code;
import static io.roomservice.testing.Calls.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.testing.Calls;
import io.roomservice.testing.TestApps;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebrtcroomQuitRoomTest {

    private static App app;
    private static Calls quit;

    @BeforeAll
    static void start() {
        app = TestApps.start();
        quit = new Calls(new WebrtcroomQuitRoom(app.familyServices(), app.callRooms()), "/video/webrtcroom-quit-room");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static void enter(String roomId, String... users) {
        for (String u : users) {
            app.callRooms().enter(u, roomId, Optional.empty());
        }
    }

    @Test
    void quitRemovesOnlyTheCallerEvenWhenTheBodyNamesSomeoneElse() {
        enter("1001", "oA", "oB");
        Map<String, Object> reply = quit.invoke(Map.of("roomID", "1001", "userID", "oB"), "oA");
        assertEquals(0, code(reply), reply.toString());
        assertEquals(List.of("oB"), data(reply).get("members"));
        assertEquals(Map.of("stats", Map.of("updated", 1)), data(reply).get("status"));
        assertEquals(List.of("oB"), app.callRooms().info("1001").orElseThrow().members());
    }

    @Test
    void theLastOneOutEndsTheRoomOverHttp() {
        enter("1002", "oC");
        Map<String, Object> reply = quit.apiGateway(app.tokens().issue(TokenAudience.VIDEO, "oC"), Map.of("roomID", "1002"));
        assertEquals(0, code(reply), reply.toString());
        assertEquals(Map.of("stats", Map.of("removed", 1)), data(reply).get("status"));
        assertTrue(app.callRooms().info("1002").isEmpty());
        assertEquals(10002, code(quit.functionUrl(app.tokens().issue(TokenAudience.VIDEO, "oC"), Map.of("roomID", "1002"))));
    }

    @Test
    void aStrangerCannotQuitSomeoneElsesRoom() {
        enter("1003", "oD", "oE");
        assertEquals(10004, code(quit.invoke(Map.of("roomID", "1003"), "oStranger")));
        assertEquals(10003, code(quit.invoke(Map.of("roomID", "1003", "userID", "oD"), null)));
        assertEquals(2, app.callRooms().info("1003").orElseThrow().memberCount());
    }

    @Test
    void badInputChangesNothing() {
        enter("1004", "oF");
        Object[][] cases = {
            {Map.of(), 10001},
            {Map.of("roomID", Map.of("a", 1)), 10001},
            {Map.of("roomID", "01004"), 10002},
            {Map.of("roomID", "99999999999"), 10002},
            {Map.of("roomID", "x".repeat(300)), 10001},
        };
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            Map<String, Object> input = (Map<String, Object>) c[0];
            assertEquals(c[1], code(quit.invoke(input, "oF")), input.toString());
        }
        assertEquals(List.of("oF"), app.callRooms().info("1004").orElseThrow().members());
    }
}
