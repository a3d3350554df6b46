package io.roomservice.infra.sms;

import com.fasterxml.jackson.databind.JsonNode;
import io.roomservice.config.Config;
import io.roomservice.domain.user.CodeSender;
import io.roomservice.domain.user.Contact;
import io.roomservice.infra.tencentcloud.CloudApi;
import io.roomservice.runtime.Lazy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends login codes with Tencent Cloud SMS (SendSms, API 2021-01-11). The template gets
 * the code and the minutes it stays valid. Each send checks the per-number status code.
 */
public final class SmsCodeSender implements CodeSender {

    private final Config config;
    private final Lazy<Setup> setup = Lazy.of(this::newSetup);

    public SmsCodeSender(Config config) {
        this.config = config;
    }

    @Override
    public void send(Contact contact, String code, long validMinutes) {
        Setup s = setup.get();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("PhoneNumberSet", List.of(contact.value()));
        payload.put("SmsSdkAppId", s.sdkAppId);
        payload.put("SignName", s.signName);
        payload.put("TemplateId", s.templateId);
        payload.put("TemplateParamSet", List.of(code, Long.toString(validMinutes)));
        JsonNode response;
        try {
            response = s.api.call("SendSms", payload);
        } catch (CloudApi.CloudApiException e) {
            throw new DeliveryException(e.getMessage(), e);
        }
        JsonNode status = response.path("SendStatusSet").path(0);
        if (!"Ok".equals(status.path("Code").asText())) {
            throw new DeliveryException("SMS SendSms was refused: " + status.path("Code").asText("no status"));
        }
    }

    private Setup newSetup() {
        String appId = config.required("APAAS_SMS_SDK_APP_ID", "SMS");
        String sign = config.required("APAAS_SMS_SIGN_NAME", "SMS");
        String template = config.required("APAAS_SMS_TEMPLATE_ID", "SMS");
        CloudApi api = CloudApi.of(config, "sms", "2021-01-11", config.get("APAAS_SMS_REGION", "ap-guangzhou"),
                config.get("APAAS_SMS_ENDPOINT", "sms.tencentcloudapi.com"), CloudApi.timeoutSeconds(config));
        return new Setup(api, appId, sign, template);
    }

    private static final class Setup {
        final CloudApi api;
        final String sdkAppId;
        final String signName;
        final String templateId;

        Setup(CloudApi api, String sdkAppId, String signName, String templateId) {
            this.api = api;
            this.sdkAppId = sdkAppId;
            this.signName = signName;
            this.templateId = templateId;
        }
    }
}
