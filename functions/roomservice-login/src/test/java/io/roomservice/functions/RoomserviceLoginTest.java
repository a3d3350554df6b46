package io.roomservice.functions;

import static io.roomservice.testing.RoomServiceCalls.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.domain.user.Login;
import io.roomservice.infra.sign.Privileges;
import io.roomservice.infra.sign.TlsSigner;
import io.roomservice.infra.sign.TlsTicketVerifier;
import io.roomservice.infra.token.TokenAudience;
import io.roomservice.testing.ApaasUsers;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.RoomServiceCalls;
import io.roomservice.testing.TestApps;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RoomserviceLoginTest {

    private static final TlsSigner CLIENT_SIGNER = new TlsSigner(TestApps.SDK_APP_ID, TestApps.TRTC_KEY);
    private static MutableClock clock;
    private static App app;
    private static RoomServiceCalls login;

    @BeforeAll
    static void start() {
        clock = new MutableClock(Instant.now());
        app = RoomServiceCalls.app(Map.of(), clock);
        login = new RoomServiceCalls(new RoomserviceLogin(app.familyServices(), app.roomServiceLogins(), app.clock()), "login");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Map<String, String> query(String userId, String userSig) {
        return Map.of("sdkAppID", String.valueOf(TestApps.SDK_APP_ID), "accountType", "0", "userID", userId, "userSig", userSig);
    }

    @Test
    void aValidUserSigBuysATokenForThatUser() {
        for (String type : new String[] {"multi_room", "double_room", "live_room", "rtc_room"}) {
            Map<String, Object> reply = login.post(type, query("user_1a2b3c4d_5e6f", CLIENT_SIGNER.userSig("user_1a2b3c4d_5e6f", 3600)), Map.of());
            assertEquals(0, code(reply), reply.toString());
            assertEquals("请求成功", reply.get("message"));
            assertEquals("user_1a2b3c4d_5e6f", reply.get("userID"));
            assertEquals("user_1a2b3c4d_5e6f", app.tokens().verify(TokenAudience.ROOMSERVICE, (String) reply.get("token")).userId());
        }
    }

    @Test
    void expiredForgedForeignAndMisdirectedUserSigsAreRefused() {
        String sig = CLIENT_SIGNER.userSig("oAlice", 60);
        clock.advance(Duration.ofSeconds(120));
        try {
            Map<String, Object> expired = login.post("multi_room", query("oAlice", sig), Map.of());
            assertEquals(7, code(expired));
            assertTrue(expired.get("message").toString().contains("expired"), expired.toString());
            assertFalse(expired.toString().contains(sig));
        } finally {
            clock.advance(Duration.ofSeconds(-120));
        }
        String[][] cases = {
            {"oAlice", new TlsSigner(TestApps.SDK_APP_ID, TestApps.randomHex(32)).userSig("oAlice", 3600)},
            {"oAlice", new TlsSigner(1_400_000_999L, TestApps.TRTC_KEY).userSig("oAlice", 3600)},
            {"oAlice", CLIENT_SIGNER.userSig("oMallory", 3600)},
            {"oAlice", "eJyrVkrOz0vNTTVSslIqSC0uyczPU6oFAE2WBuE_"},
            {"oAlice", "***"},
        };
        for (String[] c : cases) {
            Map<String, Object> reply = login.post("double_room", query(c[0], c[1]), Map.of());
            assertEquals(7, code(reply), reply.toString());
            assertFalse(reply.containsKey("token"));
        }
    }

    @Test
    void aPrivateMapKeyIsNoLogin() {
        String privateMapKey = CLIENT_SIGNER.privateMapKey("oAlice", 3600, 1234, Privileges.DEFAULT_MEMBER);
        Map<String, Object> reply = login.post("multi_room", query("oAlice", privateMapKey), Map.of());
        assertEquals(7, code(reply), reply.toString());
        assertFalse(reply.containsKey("token"));
    }

    @Test
    void aUserSigDatedAheadOfTheClockIsRefused() {
        String sig = CLIENT_SIGNER.userSig("oAlice", 3600);
        Duration yearsAhead = Duration.ofDays(3 * 365);
        clock.advance(yearsAhead.negated());
        try {
            Map<String, Object> reply = login.post("multi_room", query("oAlice", sig), Map.of());
            assertEquals(7, code(reply), reply.toString());
            assertTrue(reply.get("message").toString().contains("future"), reply.toString());
        } finally {
            clock.advance(yearsAhead);
        }
        Duration withinSkew = Duration.ofSeconds(TlsTicketVerifier.MAX_CLOCK_SKEW_SECONDS - 60);
        clock.advance(withinSkew.negated());
        try {
            assertEquals(0, code(login.post("multi_room", query("oAlice", sig), Map.of())), "clock skew is tolerated");
        } finally {
            clock.advance(withinSkew);
        }
    }

    @Test
    void aDeletedAccountsOldUserSigNoLongerLogsIn() {
        Login hank = ApaasUsers.signUp(app, "hank");
        String userId = hank.user().userId();
        assertEquals(0, code(login.post("multi_room", query(userId, hank.userSig()), Map.of())));
        clock.advance(Duration.between(clock.instant(), Instant.now()).plusSeconds(1)); // the signer uses the real clock
        app.accounts().users().delete(userId);
        Map<String, Object> reply = login.post("multi_room", query(userId, hank.userSig()), Map.of());
        assertEquals(7, code(reply), reply.toString());
        assertFalse(reply.containsKey("token"));
    }

    @Test
    void missingParametersAndUnknownRoomTypesAreParameterErrors() {
        assertEquals(1, code(login.post("multi_room", Map.of("userID", "oAlice"), Map.of())));
        assertEquals(1, code(login.post("other_room", query("oAlice", CLIENT_SIGNER.userSig("oAlice", 3600)), Map.of())));
        Map<String, String> wrongApp = new java.util.HashMap<>(query("oAlice", CLIENT_SIGNER.userSig("oAlice", 3600)));
        wrongApp.put("sdkAppID", "1400000999");
        assertEquals(7, code(login.post("multi_room", wrongApp, Map.of())));
    }
}
