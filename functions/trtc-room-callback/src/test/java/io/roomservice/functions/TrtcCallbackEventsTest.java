package io.roomservice.functions;

import static io.roomservice.testing.TencentCallbacks.body;
import static io.roomservice.testing.TencentCallbacks.roomEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.roomservice.app.App;
import io.roomservice.domain.media.MediaEvent;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.Outbox;
import io.roomservice.testing.RoomServiceCalls;
import io.roomservice.testing.TencentCallbacks;
import io.roomservice.testing.TestApps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 17 part 3: a TRTC exit (104) says media_exit, a TRTC dismiss (102) says media_dismissed. */
class TrtcCallbackEventsTest {

    private static final String KEY = "tRtcCallbackKey0123456789abcdefY";
    private static final long APP_ID = TestApps.SDK_APP_ID;

    private static MutableClock clock;
    private static App app;
    private static TencentCallbacks tencent;

    @BeforeAll
    static void start() {
        clock = new MutableClock(Instant.now());
        app = RoomServiceCalls.app(Map.of("TRTC_CALLBACK_KEY", KEY, "WEBHOOKS_ENABLED", "true"), clock);
        tencent = new TencentCallbacks(new TrtcRoomCallback(app));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static void post(int event, String room, String userId) {
        clock.advance(Duration.ofMillis(5));
        Map<String, Object> response = tencent.postTrtc(APP_ID, KEY, roomEvent(event, room, userId, clock.millis(), 1, clock.millis()));
        assertEquals("applied", body(response).get("message"), response.toString());
    }

    @Test
    void aVideoCallMembersExitAndTheRoomsDismissal() {
        app.callRooms().enter("oA", "700001", Optional.empty());
        app.callRooms().enter("oB", "700001", Optional.empty());
        post(MediaEvent.MEMBER_EXITED, "700001", "oB");
        app.callRooms().enter("oC", "700001", Optional.empty());
        post(MediaEvent.ROOM_DISMISSED, "700001", null);
        assertEquals(List.of("room_started", "member_joined oA member", "member_joined oB member", "member_left oB member media_exit",
                "member_joined oC member", "member_left oA member room_ended", "member_left oC member room_ended",
                "room_ended media_dismissed"), Outbox.summaries(Outbox.ofRoom(app, "webrtc", "700001")));
    }

    @Test
    void theAnchorsExitEndsALiveRoom() {
        app.liveRooms().enter("oAnchor", "700002", Optional.empty());
        app.liveRooms().enter("oFan", "700002", Optional.empty());
        post(MediaEvent.MEMBER_EXITED, "700002", "oAnchor");
        assertEquals(List.of("room_started", "member_joined oAnchor anchor", "member_joined oFan audience",
                "member_left oAnchor anchor media_exit", "member_left oFan audience room_ended", "room_ended creator_left"),
                Outbox.summaries(Outbox.ofRoom(app, "live", "700002")));
    }
}
