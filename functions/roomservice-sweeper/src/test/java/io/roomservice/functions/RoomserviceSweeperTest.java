package io.roomservice.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.roomservice.app.App;
import io.roomservice.domain.roomservice.RoomRefusal;
import io.roomservice.domain.roomservice.RoomType;
import io.roomservice.runtime.Json;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.RoomServiceCalls;
import io.roomservice.testkit.TestContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoomserviceSweeperTest {

    @Test
    void aTimerEventSweepsStalePushersAndIdleRooms() {
        MutableClock clock = new MutableClock(Instant.now());
        try (App app = RoomServiceCalls.app(Map.of(), clock)) {
            String busy = app.roomService().createRoom(RoomType.MULTI, "oA", Optional.empty(), "");
            app.roomService().addPusher(RoomType.MULTI, "oA", busy, "a", "", app.roomService().urls().pushUrl("oA"));
            app.roomService().createRoom(RoomType.LIVE, "oIdle", Optional.of("idle"), "");
            clock.advance(Duration.ofSeconds(40));
            Map<String, Object> timer = Map.of("Type", "Timer", "TriggerName", "roomservice-sweep",
                    "Time", "2026-01-01T00:00:00Z", "Message", "");
            Map<String, Object> reply = Json.readObject(new RoomserviceSweeper(app.familyServices(), app.roomService()).handle(timer, new TestContext()));
            assertEquals(0, ((Number) reply.get("code")).intValue(), reply.toString());
            assertEquals(1, reply.get("stalePushersRemoved"));
            assertEquals(1, reply.get("idleRoomsReaped"));
            assertEquals(0, reply.get("errors"));
            assertEquals(RoomRefusal.Reason.ROOM_NOT_FOUND,
                    assertThrows(RoomRefusal.class, () -> app.roomService().deletePusher(RoomType.MULTI, "oA", busy)).reason());
            app.roomService().createRoom(RoomType.LIVE, "oNew", Optional.of("idle"), "");
        }
    }
}
