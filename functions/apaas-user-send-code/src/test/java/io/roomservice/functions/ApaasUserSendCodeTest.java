package io.roomservice.functions;

import static io.roomservice.testing.ApaasCalls.data;
import static io.roomservice.testing.ApaasCalls.errorCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.app.App;
import io.roomservice.runtime.Json;
import io.roomservice.testing.ApaasCalls;
import io.roomservice.testing.FakeTencentCloud;
import io.roomservice.testing.TestApps;
import io.roomservice.testkit.RecordingHttpServer;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApaasUserSendCodeTest {

    private static RecordingHttpServer fake;
    private static App app;
    private static ApaasCalls send;

    @BeforeAll
    static void start() {
        fake = RecordingHttpServer.start();
        Map<String, String> s = new HashMap<>(FakeTencentCloud.settings(fake));
        s.put("APAAS_CODE_SENDS_PER_TARGET", "2");
        app = TestApps.start(s, Clock.systemUTC());
        send = new ApaasCalls(new ApaasUserSendCode(app.familyServices(), app.accounts()),
                "/base/v1/auth_users/user_verify_by_picture");
    }

    @BeforeEach
    void reset() {
        fake.clear();
        FakeTencentCloud.acceptEverything(fake);
    }

    @AfterAll
    static void stop() {
        app.close();
        fake.close();
    }

    @Test
    void sendsASixDigitCodeBySmsToTheNormalisedNumber() {
        Map<String, Object> reply = send.post(Map.of("phone", "158 0000 1111"));
        assertEquals(0, errorCode(reply), reply.toString());
        String sessionId = (String) data(reply).get("sessionId");
        assertTrue(sessionId.length() >= 20);
        assertEquals("SendSms", fake.requests().get(0).header("X-TC-Action"));
        Map<String, Object> sms = Json.readObject(fake.requests().get(0).body());
        assertEquals(List.of("+8615800001111"), sms.get("PhoneNumberSet"));
        String code = FakeTencentCloud.lastCode(fake);
        assertTrue(code.matches("[0-9]{6}"));
        assertFalse(reply.toString().contains(code));
    }

    @Test
    void sendsByEmailToo() {
        Map<String, Object> reply = send.form(Map.of("email", "Alice@Example.org"));
        assertEquals(0, errorCode(reply), reply.toString());
        assertEquals("SendEmail", fake.requests().get(0).header("X-TC-Action"));
        assertTrue(FakeTencentCloud.lastCode(fake).matches("[0-9]{6}"));
    }

    @Test
    void sendingIsLimitedPerNumber() {
        assertEquals(0, errorCode(send.post(Map.of("phone", "+8613900000001"))));
        assertEquals(0, errorCode(send.post(Map.of("phone", "13900000001"))));
        assertEquals(209, errorCode(send.post(Map.of("phone", "139-0000-0001"))));
        assertEquals(2, fake.requests().size());
    }

    @Test
    void providerFailureIs102AndBadInputSendsNothing() {
        fake.respond("/", 200, "application/json", "{\"Response\":{\"Error\":{\"Code\":\"FailedOperation.InsufficientBalanceInSmsPackage\"}}}");
        Map<String, Object> failed = send.post(Map.of("phone", "13900000002"));
        assertEquals(102, errorCode(failed));
        assertTrue(((String) failed.get("errorMessage")).contains("InsufficientBalance"));
        fake.clear();
        assertEquals(207, errorCode(send.post(Map.of("email", "not-an-address"))));
        assertEquals(98, errorCode(send.post(Map.of("phone", "12"))));
        assertEquals(98, errorCode(send.post(Map.of())));
        assertEquals(98, errorCode(send.post(Map.of("phone", "13900000003", "email", "a@b.org"))));
        assertEquals(98, errorCode(send.post(Map.of("phone", List.of("13900000003")))));
        assertEquals(0, fake.requests().size());
    }
}
