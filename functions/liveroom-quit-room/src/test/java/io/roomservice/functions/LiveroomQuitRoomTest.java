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

class LiveroomQuitRoomTest {

    private static App app;
    private static Calls quit;

    @BeforeAll
    static void start() {
        app = TestApps.start();
        quit = new Calls(new LiveroomQuitRoom(app.familyServices(), app.liveRooms()), "/video/liveroom-quit-room");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anAudienceMemberLeavesAlone() {
        app.liveRooms().enter("oAnchor", "6001", Optional.empty());
        app.liveRooms().enter("oFan", "6001", Optional.empty());
        Map<String, Object> reply = quit.invoke(Map.of("roomID", "6001"), "oFan");
        assertEquals(0, code(reply), reply.toString());
        assertEquals(false, data(reply).get("isCreator"));
        assertEquals(List.of("oAnchor"), data(reply).get("members"));
        assertEquals(List.of("oAnchor"), app.liveRooms().info("6001").orElseThrow().members());
    }

    @Test
    void theAnchorLeavingEndsTheRoomForEveryone() {
        app.liveRooms().enter("oAnchor", "6002", Optional.empty());
        app.liveRooms().enter("oFan", "6002", Optional.empty());
        Map<String, Object> reply = quit.apiGateway(app.tokens().issue(TokenAudience.VIDEO, "oAnchor"), Map.of("roomID", "6002"));
        assertEquals(0, code(reply), reply.toString());
        assertEquals(true, data(reply).get("isCreator"));
        assertEquals(Map.of("stats", Map.of("removed", 1)), data(reply).get("status"));
        assertTrue(app.liveRooms().info("6002").isEmpty());
        assertTrue(app.liveRooms().list(0, 100).stream().noneMatch(r -> r.roomId().equals("6002")));
        assertEquals(10002, code(quit.invoke(Map.of("roomID", "6002"), "oFan")));
    }

    /** An 11-digit id beyond uint32, valid for the original's live rooms, can be left like any other. */
    @Test
    void anOriginalElevenDigitLiveRoomCanBeQuit() {
        app.liveRooms().enter("oBig", "99999999999", Optional.empty());
        Map<String, Object> reply = quit.invoke(Map.of("roomID", "99999999999"), "oBig");
        assertEquals(0, code(reply), reply.toString());
        assertTrue(app.liveRooms().info("99999999999").isEmpty());
    }

    @Test
    void strangersAndBadInput() {
        app.liveRooms().enter("oAnchor", "6003", Optional.empty());
        assertEquals(10004, code(quit.invoke(Map.of("roomID", "6003"), "oStranger")));
        assertEquals(10004, code(quit.functionUrl(app.tokens().issue(TokenAudience.VIDEO, "oStranger"), Map.of("roomID", "6003", "userID", "oAnchor"))));
        assertEquals(10001, code(quit.invoke(Map.of(), "oAnchor")));
        assertEquals(10002, code(quit.invoke(Map.of("roomID", "123456789012"), "oAnchor")));
        assertEquals(10002, code(quit.invoke(Map.of("roomID", "6x"), "oAnchor")));
        assertEquals(10002, code(quit.invoke(Map.of("roomID", "6999"), "oAnchor")));
        assertEquals(List.of("oAnchor"), app.liveRooms().info("6003").orElseThrow().members());
    }
}
