package io.roomservice.domain.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.domain.room.EndReason;
import io.roomservice.domain.room.JoinResult;
import io.roomservice.domain.room.Leaving;
import io.roomservice.domain.room.Rooms;
import io.roomservice.testing.Outbox;
import io.roomservice.testing.TestApps;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 17 part 3: the video call and live rooms' changes, journalled with their reasons and numbered per room. */
class VideoRoomEventsTest {

    private static App app;
    private static Rooms calls;
    private static Rooms live;

    @BeforeAll
    static void start() {
        app = TestApps.start(Map.of("WEBHOOKS_ENABLED", "true"), Clock.systemUTC());
        calls = app.callRooms();
        live = app.liveRooms();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aCallFromFirstEnterToLastQuit() {
        assertEquals(JoinResult.Outcome.CREATED, calls.enter("a", "call-1", Optional.empty()).outcome());
        assertEquals(JoinResult.Outcome.JOINED, calls.enter("b", "call-1", Optional.empty()).outcome());
        assertEquals(JoinResult.Outcome.FULL, calls.enter("c", "call-1", Optional.empty()).outcome());
        assertEquals(JoinResult.Outcome.ALREADY_MEMBER, calls.enter("a", "call-1", Optional.empty()).outcome());
        calls.quit("a", "call-1");
        List<Outbox.Event> events = Outbox.ofRoom(app, "webrtc", "call-1");
        calls.quit("b", "call-1");
        events = Outbox.ofRoom(app, "webrtc", "call-1");
        assertEquals(List.of("room_started", "member_joined a member", "member_joined b member", "member_left a member left",
                "member_left b member left", "room_ended last_member_left"), Outbox.summaries(events));
        Outbox.assertContiguous(events);
        Outbox.replay(events);
    }

    @Test
    void theBodyCarriesIdTypeTenantRoomSeqAndTime() {
        long before = System.currentTimeMillis();
        calls.enter("x", "call-body", Optional.empty());
        Outbox.Event joined = Outbox.ofRoom(app, "webrtc", "call-body").get(1);
        Map<String, Object> body = joined.body;
        assertEquals(List.of("id", "type", "tenant", "room", "seq", "time", "member"), List.copyOf(body.keySet()));
        assertTrue(((String) body.get("id")).matches("evt_[0-9a-f]{24}"), body.get("id").toString());
        assertEquals("member_joined", body.get("type"));
        assertEquals("", body.get("tenant"));
        assertEquals(Map.of("kind", "webrtc", "id", "call-body", "sid", joined.sid),
                Map.of("kind", ((Map<?, ?>) body.get("room")).get("kind"), "id", ((Map<?, ?>) body.get("room")).get("id"),
                        "sid", ((Number) ((Map<?, ?>) body.get("room")).get("sid")).longValue()));
        assertEquals(2L, ((Number) body.get("seq")).longValue());
        assertTrue(((Number) body.get("time")).longValue() >= before);
        assertEquals(Map.of("userId", "x", "role", "member"), body.get("member"));
    }

    @Test
    void theAnchorLeavingEndsALiveRoomAndEveryAudienceLeavesWithIt() {
        live.enter("anchor", "live-1", Optional.empty());
        live.enter("v1", "live-1", Optional.empty());
        live.enter("v2", "live-1", Optional.empty());
        live.quit("v1", "live-1");
        live.quit("anchor", "live-1");
        assertEquals(JoinResult.Outcome.ENDED, live.enter("v3", "live-1", Optional.empty()).outcome());
        List<Outbox.Event> events = Outbox.ofRoom(app, "live", "live-1");
        assertEquals(List.of("room_started", "member_joined anchor anchor", "member_joined v1 audience",
                "member_joined v2 audience", "member_left v1 audience left", "member_left anchor anchor left",
                "member_left v2 audience room_ended", "room_ended creator_left"), Outbox.summaries(events));
        Outbox.assertContiguous(events);
        Outbox.replay(events);
    }

    @Test
    void aTrtcExitAndDismissSayMediaExitAndMediaDismissed() {
        live.enter("anchor2", "live-2", Optional.empty());
        live.enter("w1", "live-2", Optional.empty());
        live.enter("w2", "live-2", Optional.empty());
        live.quit("w1", "live-2", Leaving.MEDIA_EXIT);
        assertTrue(live.end("live-2", EndReason.MEDIA_DISMISSED));
        List<Outbox.Event> events = Outbox.ofRoom(app, "live", "live-2");
        assertEquals(List.of("room_started", "member_joined anchor2 anchor", "member_joined w1 audience",
                "member_joined w2 audience", "member_left w1 audience media_exit", "member_left anchor2 anchor room_ended",
                "member_left w2 audience room_ended", "room_ended media_dismissed"), Outbox.summaries(events));
        Outbox.assertContiguous(events);
    }

    @Test
    void aCallIdUsedAgainIsANewRoomNumberedFromOne() {
        calls.enter("p", "call-again", Optional.empty());
        calls.quit("p", "call-again");
        calls.enter("q", "call-again", Optional.empty());
        List<Outbox.Event> second = Outbox.ofRoom(app, "webrtc", "call-again");
        assertEquals(List.of("room_started", "member_joined q member"), Outbox.summaries(second));
        assertEquals(1L, second.get(0).seq);
    }

    @Test
    void aDeletedUsersRoomsEndAndTheyLeaveTheOthers() {
        calls.enter("owner-del", "call-del", Optional.empty());
        calls.enter("guest-del", "call-del", Optional.empty());
        live.enter("anchor-del", "live-del", Optional.empty());
        live.enter("owner-del", "live-del", Optional.empty());
        app.accounts().users().delete("owner-del");
        assertEquals(List.of("room_started", "member_joined owner-del member", "member_joined guest-del member",
                "member_left owner-del member user_deleted", "member_left guest-del member room_ended", "room_ended user_deleted"),
                Outbox.summaries(Outbox.ofRoom(app, "webrtc", "call-del")));
        assertEquals(List.of("room_started", "member_joined anchor-del anchor", "member_joined owner-del audience",
                "member_left owner-del audience user_deleted"), Outbox.summaries(Outbox.ofRoom(app, "live", "live-del")));
    }
}
