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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LiveroomGetRoomInfoTest {

    private static App app;
    private static Calls info;

    @BeforeAll
    static void start() {
        app = TestApps.start();
        info = new Calls(new LiveroomGetRoomInfo(app.familyServices(), app.liveRooms(), app.liveStreams()), "/video/liveroom-get-room-info");
        app.liveRooms().enter("oAnchor", "7001", Optional.of("夜谈"));
        app.liveRooms().enter("oFan", "7001", Optional.empty());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theCreatorLearnsItIsTheCreatorAndGetsThePushUrl() {
        Map<String, Object> reply = info.invoke(Map.of("roomID", "7001"), "oAnchor");
        assertEquals(0, code(reply));
        assertEquals(true, data(reply).get("isCreator"));
        StreamUrls.assertSignedWith(data(reply).get("pushUrl").toString(), TestApps.LIVE_PUSH_KEY, Instant.now().getEpochSecond());
    }

    @Test
    void othersGetPlayUrlsOnlyAndStrangersNoMemberIds() {
        Map<String, Object> fan = info.apiGateway(app.tokens().issue(TokenAudience.VIDEO, "oFan"), Map.of("roomID", "7001"));
        assertEquals(false, data(fan).get("isCreator"));
        assertFalse(data(fan).containsKey("pushUrl"));
        assertEquals(3, ((List<?>) data(fan).get("playUrl")).size());
        assertEquals(List.of("oAnchor", "oFan"), data(fan).get("members"));

        Map<String, Object> stranger = info.functionUrl(app.tokens().issue(TokenAudience.VIDEO, "oStranger"), Map.of("roomID", "7001"));
        assertFalse(data(stranger).containsKey("pushUrl"));
        assertFalse(data(stranger).containsKey("members"));
    }

    @Test
    void aMissingRoomIsNotTheCallersAsBefore() {
        Map<String, Object> reply = info.invoke(Map.of("roomID", "7999"), "oAnchor");
        assertEquals(0, code(reply));
        assertEquals(Map.of("isCreator", false), data(reply));
        assertEquals(10002, code(info.invoke(Map.of("roomID", "123456789012"), "oAnchor")));
        Map<String, Object> leadingZero = info.invoke(Map.of("roomID", "07001"), "oAnchor");
        assertEquals(0, code(leadingZero), "an original live-room id, not a TRTC one: " + leadingZero);
        assertEquals(Map.of("isCreator", false), data(leadingZero));
        assertTrue(code(info.invoke(Map.of("roomID", "7001"), null)) == 10003);
    }
}
