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
import io.roomservice.testkit.RecordedRequest;
import io.roomservice.testkit.RecordingHttpServer;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With a captcha configured, a code is sent only for a ticket Tencent Captcha accepts. */
class ApaasUserSendCodeCaptchaTest {

    private static final String CAPTCHA_SECRET = "captcha-app-secret-key-0123456789";
    private static final String PASSED = "{\"Response\":{\"CaptchaCode\":1,\"CaptchaMsg\":\"OK\",\"EvilLevel\":0,\"RequestId\":\"r\"}}";

    private static RecordingHttpServer sms;
    private static RecordingHttpServer captcha;
    private static App app;
    private static ApaasCalls send;

    @BeforeAll
    static void start() {
        sms = RecordingHttpServer.start();
        captcha = RecordingHttpServer.start();
        Map<String, String> s = new HashMap<>(FakeTencentCloud.settings(sms));
        s.put("APAAS_CAPTCHA_APP_ID", "190000001");
        s.put("APAAS_CAPTCHA_APP_SECRET_KEY", CAPTCHA_SECRET);
        s.put("APAAS_CAPTCHA_ENDPOINT", captcha.baseUrl());
        app = TestApps.start(s, Clock.systemUTC());
        send = new ApaasCalls(new ApaasUserSendCode(app.familyServices(), app.accounts()),
                "/base/v1/auth_users/user_verify_by_picture");
    }

    @BeforeEach
    void reset() {
        sms.clear();
        captcha.clear();
        FakeTencentCloud.acceptEverything(sms);
        captcha.respond("/", 200, "application/json", PASSED);
    }

    @AfterAll
    static void stop() {
        app.close();
        sms.close();
        captcha.close();
    }

    @Test
    void aSolvedCaptchaIsCheckedWithTencentThenTheCodeIsSent() {
        Map<String, Object> reply = send.post(Map.of("phone", "13900000101", "ticket", "t-123", "randstr", "@r4nd",
                "appId", "190000001"));
        assertEquals(0, errorCode(reply), reply.toString());
        assertTrue(((String) data(reply).get("sessionId")).length() >= 20);

        assertEquals(1, captcha.requests().size());
        RecordedRequest check = captcha.requests().get(0);
        assertEquals("DescribeCaptchaResult", check.header("X-TC-Action"));
        assertEquals("2019-07-22", check.header("X-TC-Version"));
        assertTrue(check.header("Authorization").startsWith("TC3-HMAC-SHA256 Credential=AKIDtest/"), check.header("Authorization"));
        Map<String, Object> body = Json.readObject(check.body());
        assertEquals(9, ((Number) body.get("CaptchaType")).intValue());
        assertEquals("t-123", body.get("Ticket"));
        assertEquals("@r4nd", body.get("Randstr"));
        assertEquals(190000001L, ((Number) body.get("CaptchaAppId")).longValue());
        assertEquals(CAPTCHA_SECRET, body.get("AppSecretKey"));
        assertFalse(((String) body.get("UserIp")).isEmpty());
        assertEquals("SendSms", sms.requests().get(0).header("X-TC-Action"));
    }

    @Test
    void noTicketOrARejectedOneSendsNothing() {
        assertEquals(98, errorCode(send.post(Map.of("phone", "13900000102"))));
        assertEquals(98, errorCode(send.post(Map.of("phone", "13900000102", "ticket", "t-1"))));
        assertEquals(0, captcha.requests().size(), "no ticket, no call");

        captcha.respond("/", 200, "application/json", "{\"Response\":{\"CaptchaCode\":7,\"CaptchaMsg\":\"captcha no match\",\"RequestId\":\"r\"}}");
        Map<String, Object> rejected = send.post(Map.of("phone", "13900000102", "ticket", "t-forged", "randstr", "x"));
        assertEquals(98, errorCode(rejected));
        assertTrue(((String) rejected.get("errorMessage")).contains("captcha"));
        assertEquals(1, captcha.requests().size());
        assertEquals(0, sms.requests().size(), "nothing was sent");
    }

    @Test
    void anUnavailableCaptchaIs100AndNeverShowsTheSecret() {
        captcha.respond("/", 200, "application/json", "{\"Response\":{\"Error\":{\"Code\":\"InternalError\",\"Message\":\"boom\"},\"RequestId\":\"r\"}}");
        Map<String, Object> reply = send.post(Map.of("phone", "13900000103", "ticket", "t-2", "randstr", "y"));
        assertEquals(100, errorCode(reply));
        assertTrue(((String) reply.get("errorMessage")).contains("InternalError"));
        assertFalse(reply.toString().contains(CAPTCHA_SECRET));
        assertEquals(0, sms.requests().size());
    }
}
