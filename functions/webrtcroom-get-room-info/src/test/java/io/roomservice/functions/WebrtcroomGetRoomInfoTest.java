package io.roomservice.functions;

import static io.roomservice.testing.Calls.code;
import static io.roomservice.testing.Calls.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

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

class WebrtcroomGetRoomInfoTest {

    private static App app;
    private static Calls info;

    @BeforeAll
    static void start() {
        app = TestApps.start();
        info = new Calls(new WebrtcroomGetRoomInfo(app.familyServices(), app.callRooms()), "/video/webrtcroom-get-room-info");
        app.callRooms().enter("oA", "2001", Optional.of("客服 😀"));
        app.callRooms().enter("oB", "2001", Optional.empty());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aMemberSeesTheMembers() {
        Map<String, Object> reply = info.invoke(Map.of("roomID", "2001"), "oB");
        assertEquals(0, code(reply));
        assertEquals("客服 😀", data(reply).get("roomName"));
        assertEquals(List.of("oA", "oB"), data(reply).get("members"));
        assertEquals(2, data(reply).get("memberCount"));
    }

    @Test
    void aStrangerSeesTheRoomButNotWhoIsInIt() {
        Map<String, Object> reply = info.apiGateway(app.tokens().issue(TokenAudience.VIDEO, "oStranger"), Map.of("roomID", "2001"));
        assertEquals(0, code(reply));
        assertFalse(data(reply).containsKey("members"));
        assertEquals(2, data(reply).get("memberCount"));
        assertFalse(reply.toString().contains("userSig"));
    }

    @Test
    void aMissingRoomIsSuccessWithNullDataAsBefore() {
        Map<String, Object> reply = info.functionUrl(app.tokens().issue(TokenAudience.VIDEO, "oA"), Map.of("roomID", "2999"));
        assertEquals(0, code(reply));
        assertNull(reply.get("data"));
    }

    @Test
    void badInput() {
        assertEquals(10001, code(info.invoke(Map.of(), "oA")));
        assertEquals(10002, code(info.invoke(Map.of("roomID", "02001"), "oA")));
        assertEquals(10001, code(info.invoke(Map.of("roomID", List.of("2001")), "oA")));
        assertEquals(10003, code(info.invoke(Map.of("roomID", "2001"), null)));
    }
}
