package io.roomservice.infra.ses;

import static io.roomservice.config.SettingsCatalogue.APAAS_SES_ENDPOINT;
import static io.roomservice.config.SettingsCatalogue.APAAS_SES_FROM;
import static io.roomservice.config.SettingsCatalogue.APAAS_SES_REGION;
import static io.roomservice.config.SettingsCatalogue.APAAS_SES_SUBJECT;
import static io.roomservice.config.SettingsCatalogue.APAAS_SES_TEMPLATE_ID;

import io.roomservice.config.Config;
import io.roomservice.config.ConfigException;
import io.roomservice.config.SettingValues;
import io.roomservice.domain.user.CodeSender;
import io.roomservice.domain.user.Contact;
import io.roomservice.infra.tencentcloud.CloudApi;
import io.roomservice.runtime.Json;
import io.roomservice.runtime.Lazy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends login codes with Tencent Cloud SES (SendEmail, API 2020-10-02) through a template
 * whose variables are {@code code} and {@code minutes}. A send is accepted when SES
 * answers with a MessageId.
 */
public final class EmailCodeSender implements CodeSender {

    private final SettingValues values;
    private final Lazy<Setup> setup = Lazy.of(this::newSetup);

    public EmailCodeSender(SettingValues values) {
        this.values = values;
    }

    /** A sender on its own configuration; a ConfigException naming every malformed value. */
    public EmailCodeSender(Config config) {
        this(SettingValues.readChecked(config));
    }

    @Override
    public void send(Contact contact, String code, long validMinutes) {
        Setup s = setup.get();
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("TemplateID", s.templateId);
        template.put("TemplateData", Json.write(Map.of("code", code, "minutes", Long.toString(validMinutes))));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("FromEmailAddress", s.from);
        payload.put("Destination", List.of(contact.value()));
        payload.put("Subject", s.subject);
        payload.put("Template", template);
        try {
            if (s.api.call("SendEmail", payload).path("MessageId").asText("").isEmpty()) {
                throw new DeliveryException("SES SendEmail answered without a MessageId");
            }
        } catch (CloudApi.CloudApiException e) {
            throw new DeliveryException(e.getMessage(), e);
        }
    }

    private Setup newSetup() {
        String from = values.required(APAAS_SES_FROM, "E-mail");
        long templateId = values.optionalNumber(APAAS_SES_TEMPLATE_ID)
                .orElseThrow(() -> new ConfigException("E-mail is not configured: APAAS_SES_TEMPLATE_ID is not set"));
        CloudApi api = CloudApi.of(values, "ses", "2020-10-02", values.text(APAAS_SES_REGION).orElseThrow(),
                values.text(APAAS_SES_ENDPOINT).orElseThrow());
        return new Setup(api, from, templateId, values.text(APAAS_SES_SUBJECT).orElseThrow());
    }

    private static final class Setup {
        final CloudApi api;
        final String from;
        final long templateId;
        final String subject;

        Setup(CloudApi api, String from, long templateId, String subject) {
            this.api = api;
            this.from = from;
            this.templateId = templateId;
            this.subject = subject;
        }
    }
}
