package io.roomservice.functions;

import static io.roomservice.testing.ApaasCalls.data;
import static io.roomservice.testing.ApaasCalls.errorCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.domain.user.Contact;
import io.roomservice.testing.ApaasCalls;
import io.roomservice.testing.FakeTencentCloud;
import io.roomservice.testing.MutableClock;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.RecordingHttpServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApaasUserLoginCodeTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));
    private static RecordingHttpServer fake;
    private static App app;
    private static ApaasCalls login;

    @BeforeAll
    static void start() {
        fake = RecordingHttpServer.start();
        FakeTencentCloud.acceptEverything(fake);
        app = TestApps.start(FakeTencentCloud.settings(fake), CLOCK);
        login = new ApaasCalls(new ApaasUserLoginCode(app.familyServices(), app.accounts()),
                "/base/v1/auth_users/user_login_code");
    }

    @AfterAll
    static void stop() {
        app.close();
        fake.close();
    }

    private static String[] sendTo(String phone) {
        String sessionId = app.accounts().codes().send(app.accounts().phone(phone), "", "10.1.1.1", Optional.empty(), Optional.empty());
        return new String[] {sessionId, FakeTencentCloud.lastCode(fake)};
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }

    @Test
    void theRightCodeLogsInOnceAndCreatesTheUserOnce() {
        String[] s = sendTo("13800000001");
        Map<String, Object> reply = login.post(Map.of("phone", "+86 138 0000 0001", "sessionId", s[0], "code", s[1]));
        assertEquals(0, errorCode(reply), reply.toString());
        assertEquals("login done", reply.get("errorMessage"));
        Map<String, Object> data = data(reply);
        assertEquals("+8613800000001", data.get("phone"));
        assertEquals("", data.get("name"), "a new user has no name yet");
        String userId = (String) data.get("userId");
        assertTrue(Long.parseLong(userId) >= 40_000_000L);
        assertEquals(202, errorCode(login.post(Map.of("phone", "13800000001", "sessionId", s[0], "code", s[1]))), "consumed");

        String[] again = sendTo("13800000001");
        Map<String, Object> second = login.get(Map.of("phone", "13800000001", "sessionId", again[0], "code", again[1]));
        assertEquals(userId, data(second).get("userId"));
    }

    @Test
    void threeWrongAttemptsUseTheCodeUp() {
        String[] s = sendTo("13800000002");
        for (int i = 0; i < 3; i++) {
            assertEquals(200, errorCode(login.post(Map.of("phone", "13800000002", "sessionId", s[0], "code", wrong(s[1])))));
        }
        assertEquals(202, errorCode(login.post(Map.of("phone", "13800000002", "sessionId", s[0], "code", s[1]))));
    }

    @Test
    void aCodeLivesFiveMinutes() {
        String[] s = sendTo("13800000003");
        CLOCK.advance(Duration.ofMinutes(5));
        assertEquals(201, errorCode(login.post(Map.of("phone", "13800000003", "sessionId", s[0], "code", s[1]))));
    }

    @Test
    void theCodeIsBoundToItsPhoneAndSession() {
        String[] s = sendTo("13800000004");
        assertEquals(200, errorCode(login.post(Map.of("phone", "13800000005", "sessionId", s[0], "code", s[1]))));
        assertEquals(200, errorCode(login.post(Map.of("phone", "13800000004", "sessionId", "nope", "code", s[1]))));
        assertEquals(200, errorCode(login.post(Map.of("phone", "13800000004", "sessionId", s[0]))));
        assertEquals(200, errorCode(login.post(Map.of("phone", "13800000004", "sessionId", s[0], "code", Map.of("x", 1)))));
        assertEquals(0, errorCode(login.post(Map.of("phone", "13800000004", "sessionId", s[0], "code", s[1]))),
                "a malformed attempt is not counted and the right code still works");
    }

    @Test
    void emailLogin() {
        String sessionId = app.accounts().codes().send(Contact.email("carol@example.org"), "", "10.1.1.2", Optional.empty(), Optional.empty());
        String code = FakeTencentCloud.lastCode(fake);
        Map<String, Object> reply = login.post(Map.of("email", "Carol@example.org", "sessionId", sessionId, "code", code));
        assertEquals(0, errorCode(reply), reply.toString());
        assertEquals("carol@example.org", data(reply).get("email"));
    }
}
