package io.roomservice.domain.roomservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.roomservice.app.App;
import io.roomservice.domain.room.EndReason;
import io.roomservice.domain.room.Leaving;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.Outbox;
import io.roomservice.testing.RoomServiceCalls;
import io.roomservice.testkit.RecordingHttpServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 17 part 3: RoomService rooms' pushers and audiences, journalled with their reasons and numbered per room. */
class RoomServiceEventsTest {

    private static final String CREATE = "/v4/group_open_http_svc/create_group";
    private static final String IM_OK = "{\"ActionStatus\":\"OK\",\"ErrorCode\":0,\"ErrorInfo\":\"\"}";

    private static RecordingHttpServer im;
    private static MutableClock clock;
    private static App app;
    private static RoomServiceRooms rooms;

    @BeforeAll
    static void start() {
        im = RoomServiceCalls.imAnsweringOk();
        clock = new MutableClock(Instant.now());
        app = RoomServiceCalls.app(Map.of("IM_BASE_URL", im.baseUrl(), "IM_ADMIN_ID", "admin", "WEBHOOKS_ENABLED", "true"), clock);
        rooms = app.roomService();
    }

    @AfterAll
    static void stop() {
        app.close();
        im.close();
    }

    private static void join(RoomType type, String roomId, String userId) {
        rooms.addPusher(type, userId, roomId, "name " + userId, "avatar", rooms.urls().pushUrl(userId));
    }

    private static List<String> events(RoomType type, String roomId) {
        List<Outbox.Event> events = Outbox.ofRoom(app, type.kind(), roomId);
        Outbox.assertContiguous(events);
        Outbox.replay(events);
        return Outbox.summaries(events);
    }

    @Test
    void aLiveRoomWithPushersAndAudienceEndsWhenItsCreatorLeaves() {
        String id = rooms.createRoom(RoomType.LIVE, "host", Optional.of("ev-live"), "");
        assertEquals(List.of("room_started"), events(RoomType.LIVE, id), "created empty: started at once");
        join(RoomType.LIVE, id, "host");
        rooms.addAudience(RoomType.LIVE, "fan", id, "{}");
        rooms.addAudience(RoomType.LIVE, "fan", id, "{\"new\":1}");
        rooms.addAudience(RoomType.LIVE, "guest", id, "{}");
        join(RoomType.LIVE, id, "guest"); // link-mic: audience and pusher at once
        rooms.setCustomField(RoomType.LIVE, "host", id, "likes", false, 5);
        rooms.deletePusher(RoomType.LIVE, "guest", id);
        rooms.deleteAudience(RoomType.LIVE, "fan", id);
        rooms.addAudience(RoomType.LIVE, "fan", id, "{}");
        rooms.deletePusher(RoomType.LIVE, "host", id);
        // The audience leave in the order they came, ties (this test's clock stands still) by user id.
        assertEquals(List.of("room_started", "member_joined host pusher", "member_joined fan audience",
                "member_joined guest audience", "member_joined guest pusher", "room_updated", "member_left guest pusher left",
                "member_left fan audience left", "member_joined fan audience", "member_left host pusher left",
                "member_left fan audience room_ended", "member_left guest audience room_ended", "room_ended creator_left"),
                events(RoomType.LIVE, id));
        assertEquals(Map.of("custom", Map.of("likes", 5)), Outbox.ofRoom(app, "live_room", id).get(5).body.get("changes"));
    }

    @Test
    void aDoubleRoomEndsWithItsLastPusherAndAFullRoomJournalsNothing() {
        String id = rooms.createRoom(RoomType.DOUBLE, "a", Optional.of("ev-double"), "");
        join(RoomType.DOUBLE, id, "a");
        join(RoomType.DOUBLE, id, "b");
        assertEquals(RoomRefusal.Reason.ROOM_FULL, assertThrows(RoomRefusal.class, () -> join(RoomType.DOUBLE, id, "c")).reason());
        rooms.deletePusher(RoomType.DOUBLE, "a", id, Leaving.MEDIA_EXIT);
        rooms.deletePusher(RoomType.DOUBLE, "b", id);
        assertEquals(List.of("room_started", "member_joined a pusher", "member_joined b pusher", "member_left a pusher media_exit",
                "member_left b pusher left", "room_ended last_member_left"), events(RoomType.DOUBLE, id));
    }

    @Test
    void destroyingAndDismissingEndTheRoomWithEveryoneInIt() {
        String id = rooms.createRoom(RoomType.MULTI, "m1", Optional.of("ev-destroy"), "");
        join(RoomType.MULTI, id, "m1");
        join(RoomType.MULTI, id, "m2");
        rooms.destroyRoom(RoomType.MULTI, "m1", id);
        assertEquals(List.of("room_started", "member_joined m1 pusher", "member_joined m2 pusher",
                "member_left m1 pusher room_ended", "member_left m2 pusher room_ended", "room_ended destroyed"),
                events(RoomType.MULTI, id));

        String dismissed = rooms.createRoom(RoomType.LIVE, "h", Optional.of("ev-dismiss"), "");
        join(RoomType.LIVE, dismissed, "h");
        rooms.addAudience(RoomType.LIVE, "v", dismissed, "{}");
        rooms.destroyRoom(RoomType.LIVE, "h", dismissed, EndReason.MEDIA_DISMISSED);
        assertEquals(List.of("room_started", "member_joined h pusher", "member_joined v audience",
                "member_left h pusher room_ended", "member_left v audience room_ended", "room_ended media_dismissed"),
                events(RoomType.LIVE, dismissed));
    }

    @Test
    void aRoomWhoseImGroupCouldNotBeMadeEndsAsNotCreated() {
        im.respond(CREATE, 500, "text/plain", "down");
        try {
            assertEquals(RoomRefusal.Reason.GROUP_FAILED, assertThrows(RoomRefusal.class,
                    () -> rooms.createRoom(RoomType.MULTI, "x", Optional.of("ev-no-group"), "")).reason());
        } finally {
            im.respond(CREATE, 200, "application/json", IM_OK);
        }
        assertEquals(List.of("room_started", "room_ended not_created"), events(RoomType.MULTI, "ev-no-group"));
    }

    @Test
    void theSweeperTimesPushersOutAndReapsIdleRooms() {
        String id = rooms.createRoom(RoomType.MULTI, "s1", Optional.of("ev-sweep"), "");
        join(RoomType.MULTI, id, "s1");
        join(RoomType.MULTI, id, "s2");
        String idle = rooms.createRoom(RoomType.MULTI, "lonely", Optional.of("ev-idle"), "");
        clock.advance(Duration.ofSeconds(15));
        rooms.heartbeat(RoomType.MULTI, "s2", id);
        clock.advance(Duration.ofSeconds(10));
        rooms.sweep();
        assertEquals(List.of("room_started", "member_joined s1 pusher", "member_joined s2 pusher", "member_left s1 pusher timed_out"),
                events(RoomType.MULTI, id));
        clock.advance(Duration.ofSeconds(15));
        rooms.sweep();
        assertEquals(List.of("room_started", "member_joined s1 pusher", "member_joined s2 pusher", "member_left s1 pusher timed_out",
                "member_left s2 pusher timed_out", "room_ended last_member_left"), events(RoomType.MULTI, id));
        assertEquals(List.of("room_started", "room_ended idle"), events(RoomType.MULTI, idle));
    }
}
