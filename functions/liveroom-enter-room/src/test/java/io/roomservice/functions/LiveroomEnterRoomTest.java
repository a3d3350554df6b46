package io.roomservice.functions;

import static io.roomservice.testing.Calls.code;
import static io.roomservice.testing.Calls.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.testing.Calls;
import io.roomservice.testing.StreamUrls;
import io.roomservice.testing.TestApps;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LiveroomEnterRoomTest {

    private static App app;
    private static Calls enter;

    @BeforeAll
    static void start() {
        app = TestApps.start(Map.of("LIVE_MAX_MEMBERS", "3"), Clock.systemUTC());
        enter = new Calls(new LiveroomEnterRoom(app.familyServices(), app.liveRooms(), app.liveStreams()), "/video/liveroom-enter-room");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> roomInfo(Map<String, Object> reply) {
        assertEquals(0, code(reply), reply.toString());
        return (Map<String, Object>) data(reply).get("roomInfo");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCreatorIsTheAnchorAndAloneGetsTheSignedPushUrl() {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> anchor = roomInfo(enter.invoke(Map.of("roomID", "5001"), "oAnchor"));
        assertEquals("oAnchor", anchor.get("creator"));
        assertEquals(true, anchor.get("isCreator"));
        assertEquals("oAnchor", anchor.get("userID"));
        String stream = anchor.get("streamID").toString();
        assertTrue(stream.matches("8888_[0-9a-f]{32}"), stream);
        String push = anchor.get("pushUrl").toString();
        assertTrue(push.startsWith("rtmp://push.test.local/live/" + stream + "?bizid=8888&"), push);
        StreamUrls.assertSignedWith(push, TestApps.LIVE_PUSH_KEY, now);

        List<String> play = (List<String>) anchor.get("playUrl");
        assertEquals(3, play.size());
        assertTrue(play.get(0).startsWith("rtmp://play.test.local/live/" + stream + "?"));
        assertTrue(play.get(1).startsWith("https://play.test.local/live/" + stream + ".flv?"));
        assertTrue(play.get(2).startsWith("https://play.test.local/live/" + stream + ".m3u8?"));
        for (String url : play) {
            StreamUrls.assertSignedWith(url, TestApps.LIVE_PLAY_KEY, now);
            StreamUrls.assertNotSignedWith(url, TestApps.LIVE_PUSH_KEY);
        }

        Map<String, Object> viewer = roomInfo(enter.apiGateway(app.tokens().issue(TokenAudience.VIDEO, "oViewer"), Map.of("roomID", "5001")));
        assertEquals(false, viewer.get("isCreator"));
        assertFalse(viewer.containsKey("pushUrl"), viewer.toString());
        assertEquals(List.of("oAnchor", "oViewer"), viewer.get("members"));
        assertEquals(stream, viewer.get("streamID"));
    }

    /** The original stored {@code liveAppID} (its config's, '' by default) in every live room. */
    @Test
    void theAnswerAlwaysCarriesTheLiveAppIdEmptyWhenUnset() {
        Map<String, Object> anchor = roomInfo(enter.invoke(Map.of("roomID", "5010"), "oAppless"));
        assertEquals("", anchor.get("liveAppID"), anchor.toString());
        Map<String, Object> viewer = roomInfo(enter.invoke(Map.of("roomID", "5010"), "oAppless2"));
        assertEquals("", viewer.get("liveAppID"), viewer.toString());
        try (App withAppId = TestApps.start(Map.of("LIVE_APP_ID", "1250000001"), Clock.systemUTC())) {
            Map<String, Object> info = roomInfo(new Calls(new LiveroomEnterRoom(withAppId.familyServices(), withAppId.liveRooms(), withAppId.liveStreams()), "/x").invoke(Map.of("roomID", "5011"), "oApp"));
            assertEquals("1250000001", info.get("liveAppID"));
        }
    }

    /** Live rooms are not TRTC rooms: the original's ids (1-11 digits) work, kept as written. */
    @Test
    void theOriginalsLiveRoomIdsAreAcceptedAsWritten() {
        for (String id : List.of("99999999999", "4294967296", "0123", "0")) {
            Map<String, Object> info = roomInfo(enter.invoke(Map.of("roomID", id), "oWide"));
            assertEquals(id, info.get("roomID"));
            assertEquals(true, info.get("isCreator"));
        }
        Map<String, Object> viewer = roomInfo(enter.invoke(Map.of("roomID", "0123"), "oWideFan"));
        assertEquals(List.of("oWide", "oWideFan"), viewer.get("members"));
    }

    @Test
    void aRoomNameCreatesARoomUnderAFreshId() {
        Map<String, Object> info = roomInfo(enter.functionUrl(app.tokens().issue(TokenAudience.VIDEO, "oNamed"), Map.of("roomName", "美女直播间")));
        assertTrue(info.get("roomID").toString().matches("[1-9][0-9]{7}"));
        assertEquals("美女直播间", info.get("roomName"));
    }

    @Test
    void audiencesJoinUpToTheCapacity() {
        enter.invoke(Map.of("roomID", "5002"), "oA");
        enter.invoke(Map.of("roomID", "5002"), "oB");
        enter.invoke(Map.of("roomID", "5002"), "oC");
        assertEquals(10005, code(enter.invoke(Map.of("roomID", "5002"), "oD")));
        assertEquals(0, code(enter.invoke(Map.of("roomID", "5002"), "oB")));
    }

    @Test
    void anEndedRoomCannotBeEnteredAgain() {
        enter.invoke(Map.of("roomID", "5003"), "oHost");
        app.liveRooms().quit("oHost", "5003");
        Map<String, Object> reply = enter.invoke(Map.of("roomID", "5003"), "oLate");
        assertEquals(10006, code(reply));
        assertTrue(app.liveRooms().info("5003").isEmpty());
    }

    @Test
    void badInputAndMissingConfigurationChangeNothing() {
        int before = app.liveRooms().list(0, 100).size();
        assertEquals(10001, code(enter.invoke(Map.of(), "oX")));
        assertEquals(10002, code(enter.invoke(Map.of("roomID", "123456789012"), "oX")));
        assertEquals(10002, code(enter.invoke(Map.of("roomID", "12a"), "oX")));
        assertEquals(10001, code(enter.invoke(Map.of("roomName", List.of("x")), "oX")));
        assertEquals(10003, code(enter.invoke(Map.of("roomID", "5004", "userID", "oX"), null)));
        try (App noLive = TestApps.start(Map.of("LIVE_PUSH_KEY", ""), Clock.systemUTC())) {
            Map<String, Object> reply = new Calls(new LiveroomEnterRoom(noLive.familyServices(), noLive.liveRooms(), noLive.liveStreams()), "/x").invoke(Map.of("roomID", "5005"), "oX");
            assertEquals(10099, code(reply));
            assertTrue(reply.get("message").toString().startsWith("Invalid live config"), reply.toString());
            assertTrue(noLive.liveRooms().info("5005").isEmpty());
        }
        assertEquals(before, app.liveRooms().list(0, 100).size());
    }
}
