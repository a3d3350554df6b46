package io.roomservice.functions;

import static io.roomservice.testing.Calls.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.roomservice.app.App;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.runtime.Json;
import io.roomservice.testing.Calls;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.TestApps;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebrtcroomGetRoomListTest {

    private static App app;
    private static Calls list;

    @BeforeAll
    static void start() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
        app = TestApps.start(Map.of(), clock);
        list = new Calls(new WebrtcroomGetRoomList(app.familyServices(), app.callRooms()), "/video/webrtcroom-get-room-list");
        for (int i = 1; i <= 25; i++) {
            app.callRooms().enter("owner" + i, Integer.toString(3000 + i), Optional.empty());
            if (i % 5 != 0) {
                clock.advance(Duration.ofSeconds(1));
            }
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> page(Map<String, Object> reply) {
        assertEquals(0, code(reply), reply.toString());
        return (List<Map<String, Object>>) reply.get("data");
    }

    @Test
    void pagesCoverEveryRoomOnceNewestFirstWithoutMembersOrSignatures() {
        List<String> seen = new ArrayList<>();
        for (int skip = 0; skip < 30; skip += 7) {
            for (Map<String, Object> room : page(list.invoke(Map.of("skip", skip, "limit", 7), "oViewer"))) {
                assertFalse(room.containsKey("members"));
                assertFalse(Json.write(room).contains("Sig"));
                seen.add(room.get("roomID").toString());
            }
        }
        assertEquals(25, seen.size());
        assertEquals(25, seen.stream().distinct().count());
        assertEquals("3025", seen.get(0));
        assertEquals("3001", seen.get(24));
        List<String> again = new ArrayList<>();
        for (Map<String, Object> room : page(list.invoke(Map.of("skip", 0, "limit", 25), "oViewer"))) {
            again.add(room.get("roomID").toString());
        }
        assertEquals(seen, again);
    }

    @Test
    void theDefaultPageIsTenAndHttpCallersNeedAToken() {
        assertEquals(10, page(list.apiGateway(app.tokens().issue(TokenAudience.VIDEO, "oViewer"), Map.of())).size());
        assertEquals(3, page(list.functionUrl(app.tokens().issue(TokenAudience.VIDEO, "oViewer"), Map.of("skip", "22", "limit", "20"))).size());
        assertEquals(10003, code(list.apiGateway(null, Map.of())));
    }

    @Test
    void badPagingIsAParameterError() {
        assertEquals(10001, code(list.invoke(Map.of("limit", 1000), "oViewer")));
        assertEquals(10001, code(list.invoke(Map.of("limit", 0), "oViewer")));
        assertEquals(10001, code(list.invoke(Map.of("skip", -1), "oViewer")));
        assertEquals(10001, code(list.invoke(Map.of("skip", "abc"), "oViewer")));
        assertEquals(10001, code(list.invoke(Map.of("limit", Map.of()), "oViewer")));
    }
}
