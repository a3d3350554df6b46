package io.roomservice.functions;

import static io.roomservice.testing.RoomServiceCalls.code;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.RoomServiceCalls;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoomservicePusherHeartbeatTest {

    private static MutableClock clock;
    private static App app;
    private static RoomServiceCalls heartbeat;

    @BeforeAll
    static void start() {
        clock = new MutableClock(Instant.now());
        app = RoomServiceCalls.app(Map.of(), clock);
        heartbeat = new RoomServiceCalls(new RoomservicePusherHeartbeat(app.familyServices(), app.roomService()),
                "pusher_heartbeat");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Map<String, Object> beat(String user, String roomId) {
        return heartbeat.post("double_room", user, app.tokens().issue(TokenAudience.ROOMSERVICE, user), Map.of("roomID", roomId, "userID", "oA"));
    }

    @Test
    void heartbeatsKeepAPusherAliveAndOnlyTheCallers() {
        String id = app.roomService().createRoom(RoomType.DOUBLE, "oA", Optional.empty(), "");
        app.roomService().addPusher(RoomType.DOUBLE, "oA", id, "a", "", app.roomService().urls().pushUrl("oA"));
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofSeconds(7));
            assertEquals(0, code(beat("oA", id)));
        }
        assertEquals(5, code(beat("oMallory", id)), "a body userID does not make the caller a pusher");
        assertEquals(0, code(heartbeat.invoke("double_room", "oA", Map.of("roomID", id))));
        clock.advance(Duration.ofSeconds(21));
        assertEquals(5, code(beat("oA", id)), "silent for 21 s: the pusher has left");
        assertEquals(5, code(beat("oA", id)));
        assertEquals(1, code(heartbeat.post("double_room", "oA", app.tokens().issue(TokenAudience.ROOMSERVICE, "oA"), Map.of())));
    }
}
