package io.roomservice.functions;

import static io.roomservice.testing.Calls.code;
import static io.roomservice.testing.Calls.data;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.testing.Calls;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.RecordingHttpServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VoipGetSignatureTest {

    private static final String SESSION_KEY = "gDyVgzwa0mFz9uUP7M6GQQ==";
    private static RecordingHttpServer weChat;
    private static MutableClock clock;
    private static App app;
    private static Calls voip;

    @BeforeAll
    static void start() throws Exception {
        weChat = RecordingHttpServer.start();
        weChat.respondWith("/sns/jscode2session", r -> io.roomservice.testkit.Reply.json(
                "{\"openid\":\"" + r.query().get("js_code") + "\",\"session_key\":\"" + SESSION_KEY + "\"}"));
        clock = new MutableClock(Instant.parse("2026-11-21T00:00:00Z"));
        app = TestApps.start(Map.of("WECHAT_API_BASE", weChat.baseUrl(), "VOIP_MEMBERSHIP_SECONDS", "3600"), clock);
        voip = new Calls(new VoipGetSignature(app.familyServices(), app.voipRooms()), "/video/voip-get-signature");
    }

    @AfterAll
    static void stop() {
        app.close();
        weChat.close();
    }

    /** Logs the user in through the fake WeChat (the fake uses the code as the openid). */
    private static void login(String openId) {
        app.weChatLogin().login(openId);
    }

    private static String hmac(String key, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSignatureIsTheSeedsAlgorithmOverTheSortedFields() throws Exception {
        login("oVoip1");
        Map<String, Object> reply = voip.invoke(Map.of("groupId", "1559129713_672975982"), "oVoip1");
        assertEquals(0, code(reply), reply.toString());
        Map<String, Object> d = data(reply);
        assertEquals("1559129713_672975982", d.get("groupId"));
        assertEquals(Long.toString(clock.instant().getEpochSecond()), d.get("timeStamp"));
        assertTrue(d.get("nonceStr").toString().matches("[A-Za-z0-9]{16}"));
        String[] parts = {TestApps.WECHAT_APP_ID, "1559129713_672975982", d.get("nonceStr").toString(), d.get("timeStamp").toString()};
        Arrays.sort(parts);
        assertEquals(hmac(SESSION_KEY, String.join("", parts)), d.get("signature"));
    }

    @Test
    void withoutAWeChatLoginThereIsNoSignature() {
        assertEquals(10009, code(voip.apiGateway(app.tokens().issue(TokenAudience.VIDEO, "oNeverLoggedIn"), Map.of("groupId", "g1"))));
        assertEquals(10003, code(voip.invoke(Map.of("groupId", "g1"), null)));
        assertEquals(10001, code(voip.invoke(Map.of(), "oVoip1")));
        assertEquals(10001, code(voip.invoke(Map.of("groupId", "has space"), "oVoip1")));
    }

    @Test
    void aRoomHoldsTenEvenUnderConcurrentJoinsAndFreesSeatsLater() throws Exception {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            users.add("oCrowd" + i);
            login("oCrowd" + i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(30);
        List<Future<Map<String, Object>>> replies = new ArrayList<>();
        for (String user : users) {
            replies.add(pool.submit(() -> voip.invoke(Map.of("groupId", "crowded"), user)));
        }
        int admitted = 0;
        int full = 0;
        for (Future<Map<String, Object>> f : replies) {
            int c = code(f.get());
            admitted += c == 0 ? 1 : 0;
            full += c == 10005 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(10, admitted);
        assertEquals(20, full);
        clock.advance(Duration.ofSeconds(3601));
        assertEquals(0, code(voip.invoke(Map.of("groupId", "crowded"), "oCrowd29")));
    }
}
