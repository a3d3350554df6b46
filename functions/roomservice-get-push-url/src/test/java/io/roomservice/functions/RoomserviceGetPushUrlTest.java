package io.roomservice.functions;

import static io.roomservice.testing.RoomServiceCalls.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.testing.RoomServiceCalls;
import io.roomservice.testing.TestApps;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoomserviceGetPushUrlTest {

    private static App app;
    private static RoomServiceCalls getPushUrl;

    @BeforeAll
    static void start() {
        app = RoomServiceCalls.app();
        getPushUrl = new RoomServiceCalls(new RoomserviceGetPushUrl(app.familyServices(), app.roomService().urls()),
                "get_push_url");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theUrlIsForTheCallersOwnStreamWhateverTheBodySays() {
        Map<String, Object> reply = getPushUrl.post("multi_room", "oAlice", app.tokens().issue(TokenAudience.ROOMSERVICE, "oAlice"),
                Map.of("userID", "oVictim", "roomID", "ignored"));
        assertEquals(0, code(reply), reply.toString());
        String url = (String) reply.get("pushURL");
        assertTrue(url.matches("rtmp://8888\\.livepush\\.myqcloud\\.com/live/8888_oAlice_[0-9a-f]{4}\\?bizid=8888&txSecret=[0-9a-f]{32}&txTime=[0-9A-F]+"), url);
        assertEquals(url.substring(url.indexOf("/live/") + 6, url.indexOf('?')), app.roomService().urls().verifiedStream("oAlice", url));
        Map<String, Object> invoked = getPushUrl.invoke("live_room", "oCarol", Map.of());
        assertTrue(((String) invoked.get("pushURL")).contains("/live/8888_oCarol_"), invoked.toString());
    }

    @Test
    void noSessionNoUrl() {
        assertEquals(7, code(getPushUrl.post("multi_room", "oAlice", null, Map.of())));
        assertEquals(7, code(getPushUrl.post("multi_room", "oAlice", "forged.token.x", Map.of())));
        assertEquals(7, code(getPushUrl.post("multi_room", "oVictim", app.tokens().issue(TokenAudience.ROOMSERVICE, "oAlice"), Map.of())));
    }

    @Test
    void withoutLiveSettingsTheAnswerIsASystemErrorThatLeaksNoKey() {
        try (App bare = TestApps.start(Map.of("LIVE_PUSH_KEY", "changeme"), Clock.systemUTC())) {
            RoomServiceCalls calls = new RoomServiceCalls(new RoomserviceGetPushUrl(bare.familyServices(), bare.roomService().urls()),
                    "get_push_url");
            Map<String, Object> reply = calls.post("live_room", "oAlice", bare.tokens().issue(TokenAudience.ROOMSERVICE, "oAlice"), Map.of());
            assertEquals(-1, code(reply));
            assertTrue(reply.get("message").toString().startsWith("Invalid live config"), reply.toString());
            assertFalse(reply.toString().contains("changeme"));
        }
    }
}
