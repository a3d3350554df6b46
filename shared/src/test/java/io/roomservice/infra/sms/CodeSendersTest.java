package io.roomservice.infra.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.roomservice.config.Config;
import io.roomservice.config.ConfigException;
import io.roomservice.domain.user.CodeSender;
import io.roomservice.domain.user.Contact;
import io.roomservice.infra.ses.EmailCodeSender;
import io.roomservice.runtime.Json;
import io.roomservice.testing.FakeTencentCloud;
import io.roomservice.testkit.RecordedRequest;
import io.roomservice.testkit.RecordingHttpServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SMS and SES through tencentcloud-sdk-java against a loopback fake that records what was sent. */
class CodeSendersTest {

    private RecordingHttpServer fake;

    @BeforeEach
    void start() {
        fake = RecordingHttpServer.start();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private Config config() {
        Map<String, String> s = new HashMap<>(FakeTencentCloud.settings(fake));
        s.put("APAAS_OUTSIDE_TIMEOUT_SECONDS", "1");
        return Config.of(s);
    }

    @Test
    void smsSendsTheCodeToTheNormalisedNumberWithASignedRequest() {
        fake.respond("/", 200, "application/json",
                "{\"Response\":{\"SendStatusSet\":[{\"Code\":\"Ok\",\"PhoneNumber\":\"+8615800001111\"}],\"RequestId\":\"r1\"}}");
        new SmsCodeSender(config()).send(Contact.phone("15800001111", "86"), "123456", 5);
        RecordedRequest r = fake.requests().get(0);
        assertEquals("SendSms", r.header("X-TC-Action"));
        assertEquals("2021-01-11", r.header("X-TC-Version"));
        assertTrue(r.header("Authorization").startsWith("TC3-HMAC-SHA256 Credential=AKIDtest/"));
        Map<String, Object> body = Json.readObject(r.body());
        assertEquals(List.of("+8615800001111"), body.get("PhoneNumberSet"));
        assertEquals("1400000777", body.get("SmsSdkAppId"));
        assertEquals(List.of("123456", "5"), body.get("TemplateParamSet"));
    }

    @Test
    void smsChecksThePerNumberStatusAndTheProviderError() {
        fake.respond("/", 200, "application/json",
                "{\"Response\":{\"SendStatusSet\":[{\"Code\":\"LimitExceeded.PhoneNumberDailyLimit\"}],\"RequestId\":\"r2\"}}");
        CodeSender sms = new SmsCodeSender(config());
        Contact phone = Contact.phone("15800001111", "86");
        CodeSender.DeliveryException refused = assertThrows(CodeSender.DeliveryException.class, () -> sms.send(phone, "654321", 5));
        assertTrue(refused.getMessage().contains("LimitExceeded"));
        assertFalse(refused.getMessage().contains("654321"));

        fake.respond("/", 200, "application/json",
                "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureFailure\",\"Message\":\"x\"},\"RequestId\":\"r3\"}}");
        CodeSender.DeliveryException failed = assertThrows(CodeSender.DeliveryException.class, () -> sms.send(phone, "654321", 5));
        assertTrue(failed.getMessage().contains("AuthFailure.SignatureFailure"), failed.getMessage());
    }

    @Test
    void aSlowProviderTimesOut() {
        fake.delayResponses(Duration.ofSeconds(3));
        fake.respond("/", 200, "application/json", "{\"Response\":{\"SendStatusSet\":[{\"Code\":\"Ok\"}]}}");
        long t0 = System.nanoTime();
        assertThrows(CodeSender.DeliveryException.class,
                () -> new SmsCodeSender(config()).send(Contact.phone("15800001111", "86"), "111111", 5));
        assertTrue(System.nanoTime() - t0 < 2_900_000_000L);
    }

    @Test
    void sesSendsTheTemplateWithTheCode() {
        fake.respond("/", 200, "application/json", "{\"Response\":{\"MessageId\":\"m-1\",\"RequestId\":\"r4\"}}");
        new EmailCodeSender(config()).send(Contact.email("Alice@Example.org"), "246810", 5);
        RecordedRequest r = fake.requests().get(0);
        assertEquals("SendEmail", r.header("X-TC-Action"));
        assertEquals("2020-10-02", r.header("X-TC-Version"));
        Map<String, Object> body = Json.readObject(r.body());
        assertEquals(List.of("alice@example.org"), body.get("Destination"));
        assertEquals("noreply@example.org", body.get("FromEmailAddress"));
        @SuppressWarnings("unchecked")
        Map<String, Object> template = (Map<String, Object>) body.get("Template");
        assertEquals(42, ((Number) template.get("TemplateID")).intValue());
        assertEquals("246810", Json.readObject((String) template.get("TemplateData")).get("code"));
    }

    @Test
    void missingConfigurationFailsClosed() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new SmsCodeSender(Config.of(Map.of())).send(Contact.phone("15800001111", "86"), "1", 5));
        assertTrue(e.getMessage().contains("APAAS_SMS_SDK_APP_ID"));
        assertThrows(ConfigException.class,
                () -> new EmailCodeSender(Config.of(Map.of())).send(Contact.email("a@b.org"), "1", 5));
    }
}
