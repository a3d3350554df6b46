package io.roomservice.testing;

import io.roomservice.runtime.Json;
import io.roomservice.testkit.RecordedRequest;
import io.roomservice.testkit.RecordingHttpServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Settings that point the SMS and SES clients at a loopback fake, and readers for what they sent. */
public final class FakeTencentCloud {

    private FakeTencentCloud() {
    }

    public static Map<String, String> settings(RecordingHttpServer fake) {
        Map<String, String> s = new HashMap<>();
        s.put("TENCENTCLOUD_SECRETID", "AKIDtest");
        s.put("TENCENTCLOUD_SECRETKEY", "test-secret-key");
        s.put("APAAS_SMS_SDK_APP_ID", "1400000777");
        s.put("APAAS_SMS_SIGN_NAME", "RoomService");
        s.put("APAAS_SMS_TEMPLATE_ID", "123456");
        s.put("APAAS_SMS_ENDPOINT", "http://127.0.0.1:" + fake.port());
        s.put("APAAS_SES_FROM", "noreply@example.org");
        s.put("APAAS_SES_TEMPLATE_ID", "42");
        s.put("APAAS_SES_ENDPOINT", "http://127.0.0.1:" + fake.port());
        s.put("APAAS_OUTSIDE_TIMEOUT_SECONDS", "2");
        return s;
    }

    /** Answers every call as accepted: an SMS status "Ok" and an SES MessageId. */
    public static void acceptEverything(RecordingHttpServer fake) {
        fake.respond("/", 200, "application/json",
                "{\"Response\":{\"SendStatusSet\":[{\"Code\":\"Ok\"}],\"MessageId\":\"m-1\",\"RequestId\":\"r\"}}");
    }

    /** The code inside the last SMS or e-mail sent. */
    @SuppressWarnings("unchecked")
    public static String lastCode(RecordingHttpServer fake) {
        List<RecordedRequest> all = fake.requests();
        RecordedRequest last = all.get(all.size() - 1);
        Map<String, Object> body = Json.readObject(last.body());
        if ("SendSms".equals(last.header("X-TC-Action"))) {
            return ((List<String>) body.get("TemplateParamSet")).get(0);
        }
        Map<String, Object> template = (Map<String, Object>) body.get("Template");
        return (String) Json.readObject((String) template.get("TemplateData")).get("code");
    }
}
