package io.roomservice.functions;

import static io.roomservice.testing.Calls.code;
import static io.roomservice.testing.Calls.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

class LiveroomGetStreamUrlsTest {

    private static App app;
    private static Calls urls;

    @BeforeAll
    static void start() {
        app = TestApps.start();
        urls = new Calls(new LiveroomGetStreamUrls(app.familyServices(), app.liveRooms(), app.liveStreams()), "/video/liveroom-get-stream-urls");
        app.liveRooms().enter("oAnchor", "9001", Optional.empty());
        app.liveRooms().enter("oFan", "9001", Optional.empty());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAnchorGetsThePusherUrlAndTheAudienceThePlayerUrls() {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> anchor = data(urls.invoke(Map.of("roomID", "9001"), "oAnchor"));
        StreamUrls.assertSignedWith(anchor.get("pushUrl").toString(), TestApps.LIVE_PUSH_KEY, now);
        assertEquals(StreamUrls.streamName(anchor.get("pushUrl").toString()), anchor.get("streamID"));

        Map<String, Object> fan = data(urls.apiGateway(app.tokens().issue(TokenAudience.VIDEO, "oFan"), Map.of("roomID", "9001")));
        assertFalse(fan.containsKey("pushUrl"));
        for (String url : (List<String>) fan.get("playUrl")) {
            StreamUrls.assertSignedWith(url, TestApps.LIVE_PLAY_KEY, now);
        }
    }

    @Test
    void outsidersGetNothing() {
        assertEquals(10004, code(urls.invoke(Map.of("roomID", "9001"), "oStranger")));
        assertEquals(10002, code(urls.invoke(Map.of("roomID", "9002"), "oAnchor")));
        assertEquals(10001, code(urls.invoke(Map.of(), "oAnchor")));
    }
}
