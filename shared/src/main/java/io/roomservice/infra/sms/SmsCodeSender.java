package io.roomservice.infra.sms;

import com.fasterxml.jackson.databind.JsonNode;
import static io.roomservice.config.SettingsCatalogue.APAAS_SMS_ENDPOINT;
import static io.roomservice.config.SettingsCatalogue.APAAS_SMS_REGION;
import static io.roomservice.config.SettingsCatalogue.APAAS_SMS_SDK_APP_ID;
import static io.roomservice.config.SettingsCatalogue.APAAS_SMS_SIGN_NAME;
import static io.roomservice.config.SettingsCatalogue.APAAS_SMS_TEMPLATE_ID;

import io.roomservice.config.Config;
import io.roomservice.config.SettingValues;
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

    private final SettingValues values;
    private final Lazy<Setup> setup = Lazy.of(this::newSetup);

    public SmsCodeSender(SettingValues values) {
        this.values = values;
    }

    /** A sender on its own configuration; a ConfigException naming every malformed value. */
    public SmsCodeSender(Config config) {
        this(SettingValues.readChecked(config));
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
        String appId = values.required(APAAS_SMS_SDK_APP_ID, "SMS");
        String sign = values.required(APAAS_SMS_SIGN_NAME, "SMS");
        String template = values.required(APAAS_SMS_TEMPLATE_ID, "SMS");
        CloudApi api = CloudApi.of(values, "sms", "2021-01-11", values.text(APAAS_SMS_REGION).orElseThrow(),
                values.text(APAAS_SMS_ENDPOINT).orElseThrow());
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
