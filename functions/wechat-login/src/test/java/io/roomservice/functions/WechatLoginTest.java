package io.roomservice.functions;

import static io.roomservice.testing.Calls.code;
import static io.roomservice.testing.Calls.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.app.AppStores;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.runtime.Json;
import io.roomservice.testing.Calls;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.RecordedRequest;
import io.roomservice.testkit.RecordingHttpServer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WechatLoginTest {

    private static final String PATH = "/sns/jscode2session";
    private static RecordingHttpServer weChat;
    private static App app;
    private static Calls login;

    @BeforeAll
    static void start() throws Exception {
        weChat = RecordingHttpServer.start();
        app = TestApps.start(Map.of("WECHAT_API_BASE", weChat.baseUrl(), "WECHAT_TIMEOUT_MS", "500",
                "WECHAT_SESSION_TTL_SECONDS", "600"), Clock.systemUTC());
        login = new Calls(new WechatLogin(app.familyServices(), app.weChatLogin(), app.tokenTtlSeconds()), "/video/wechat-login");
    }

    @AfterAll
    static void stop() {
        app.close();
        weChat.close();
    }

    @BeforeEach
    void reset() {
        weChat.clear();
        weChat.delayResponses(Duration.ZERO);
    }

    @Test
    void aValidCodeGivesTheOpenidAndATokenAndKeepsTheSessionKeyHere() {
        weChat.respond(PATH, 200, "application/json", "{\"openid\":\"oWx1\",\"session_key\":\"gDyVgzwa0mFz9uUP7M6GQQ==\"}");
        Map<String, Object> reply = login.apiGateway(null, Map.of("code", "081abc"));
        assertEquals(0, code(reply), reply.toString());
        assertEquals("oWx1", data(reply).get("openid"));
        assertEquals("oWx1", app.tokens().verify(TokenAudience.VIDEO, data(reply).get("token").toString()).userId());
        assertFalse(Json.write(reply).contains("gDyVgzwa0mFz9uUP7M6GQQ"), "the session_key must not leave the server");

        List<RecordedRequest> sent = weChat.requests(PATH);
        assertEquals(1, sent.size());
        assertEquals("GET", sent.get(0).method());
        assertEquals(Map.of("appid", TestApps.WECHAT_APP_ID, "secret", TestApps.WECHAT_APP_SECRET,
                "js_code", "081abc", "grant_type", "authorization_code"), sent.get(0).query());

        assertEquals("gDyVgzwa0mFz9uUP7M6GQQ==", app.weChatLogin().sessionKey("oWx1").orElseThrow());
        long ttl = AppStores.redis(app).call(j -> j.ttl(AppStores.redis(app).keys().weChatSession("oWx1")));
        assertTrue(ttl > 590 && ttl <= 600, "ttl " + ttl);
    }

    @Test
    void weChatErrorsBecomeClearErrors() {
        Object[][] cases = {
            {"{\"errcode\":40029,\"errmsg\":\"invalid code\"}", 10007, "invalid"},
            {"{\"errcode\":40163,\"errmsg\":\"code been used\"}", 10007, "already used"},
            {"{\"errcode\":45011,\"errmsg\":\"api minute-quota reach limit\"}", 10008, "too many"},
            {"{\"errcode\":-1,\"errmsg\":\"system error\"}", 10008, "busy"},
            {"not json", 10008, "not JSON"},
        };
        for (Object[] c : cases) {
            weChat.respond(PATH, 200, "application/json", (String) c[0]);
            Map<String, Object> reply = login.invoke(Map.of("code", "x1"), "oWhoever");
            assertEquals(c[1], code(reply), reply.toString());
            assertTrue(reply.get("message").toString().contains((String) c[2]), reply.toString());
            assertFalse(reply.toString().contains(TestApps.WECHAT_APP_SECRET));
        }
    }

    @Test
    void aSlowWeChatTimesOut() {
        weChat.respond(PATH, 200, "application/json", "{\"openid\":\"oSlow\",\"session_key\":\"k\"}");
        weChat.delayResponses(Duration.ofMillis(1500));
        long t0 = System.nanoTime();
        Map<String, Object> reply = login.invoke(Map.of("code", "slow"), null);
        assertEquals(10008, code(reply), reply.toString());
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 1400, "waited past the timeout");
        assertTrue(app.weChatLogin().sessionKey("oSlow").isEmpty());
    }

    @Test
    void badInputAndMissingConfiguration() {
        assertEquals(10001, code(login.invoke(Map.of(), null)));
        assertEquals(10001, code(login.invoke(Map.of("code", Map.of("a", 1)), null)));
        assertEquals(10001, code(login.invoke(Map.of("code", "x".repeat(200)), null)));
        assertTrue(weChat.requests(PATH).isEmpty());
        try (App off = TestApps.start(Map.of("WECHAT_APP_SECRET", ""), Clock.systemUTC())) {
            Map<String, Object> reply = new Calls(new WechatLogin(off.familyServices(), off.weChatLogin(), off.tokenTtlSeconds()), "/x").invoke(Map.of("code", "c"), null);
            assertEquals(10099, code(reply));
            assertTrue(reply.get("message").toString().startsWith("Invalid WeChat config"), reply.toString());
        }
    }
}
