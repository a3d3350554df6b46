package io.roomservice.functions;

import static io.roomservice.testing.RoomServiceCalls.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.RoomServiceCalls;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoomserviceAnchorHeartbeatTest {

    private static MutableClock clock;
    private static App app;
    private static RoomServiceCalls heartbeat;

    @BeforeAll
    static void start() {
        clock = new MutableClock(Instant.now());
        app = RoomServiceCalls.app(Map.of(), clock);
        heartbeat = new RoomServiceCalls(new RoomserviceAnchorHeartbeat(app.familyServices(), app.roomService()),
                "anchor_heartbeat");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Map<String, Object> beat(String user, String roomId, Object known) {
        return heartbeat.post("live_room", user, app.tokens().issue(TokenAudience.ROOMSERVICE, user),
                Map.of("roomID", roomId, "userID", "oAnchor", "roomStatusCode", known));
    }

    private static void join(String user, String roomId) {
        app.roomService().addPusher(RoomType.LIVE, user, roomId, user, "", app.roomService().urls().pushUrl(user));
    }

    @Test
    void theAnchorsComeWithTheHeartbeatWhenTheLineUpChanged() {
        String id = app.roomService().createRoom(RoomType.LIVE, "oAnchor", Optional.empty(), "");
        join("oAnchor", id);
        Map<String, Object> first = beat("oAnchor", id, 0);
        assertEquals(0, code(first));
        assertEquals(1, ((List<?>) first.get("pushers")).size(), "nothing known yet: the anchors");
        Object lineup = first.get("roomStatusCode");
        clock.advance(Duration.ofSeconds(7));
        Map<String, Object> same = beat("oAnchor", id, lineup);
        assertEquals(0, code(same));
        assertFalse(same.containsKey("pushers"), "nothing changed");
        assertEquals(lineup, same.get("roomStatusCode"));

        join("oGuest", id);
        Map<String, Object> changed = beat("oAnchor", id, lineup);
        assertEquals(2, ((List<?>) changed.get("pushers")).size());
        assertTrue(changed.containsKey("roomID") && changed.containsKey("roomCreator"));
        assertEquals(0, code(heartbeat.invoke("live_room", "oGuest", Map.of("roomID", id))));
    }

    @Test
    void onlyTheCallerBeatsAndBadInputChangesNothing() {
        String id = app.roomService().createRoom(RoomType.LIVE, "oCreator", Optional.empty(), "");
        join("oCreator", id);
        assertEquals(5, code(beat("oMallory", id, 0)), "a body userID does not make the caller an anchor");
        clock.advance(Duration.ofSeconds(15));
        assertEquals(1, code(beat("oCreator", id, -1)), "roomStatusCode is 0 or a number this service gave");
        assertEquals(1, code(beat("oCreator", id, "x")));
        clock.advance(Duration.ofSeconds(6));
        assertEquals(5, code(beat("oCreator", id, 0)), "the refused heartbeats did not count: silent for 21 s");
        assertEquals(1, code(heartbeat.invoke("double_room", "oCreator", Map.of("roomID", id))), "live rooms only");
    }
}
