package io.roomservice.infra.captcha;

import com.fasterxml.jackson.databind.JsonNode;
import static io.roomservice.config.SettingsCatalogue.APAAS_CAPTCHA_APP_ID;
import static io.roomservice.config.SettingsCatalogue.APAAS_CAPTCHA_APP_SECRET_KEY;
import static io.roomservice.config.SettingsCatalogue.APAAS_CAPTCHA_ENDPOINT;

import io.roomservice.config.ConfigException;
import io.roomservice.config.SettingValues;
import io.roomservice.domain.user.CaptchaCheck;
import io.roomservice.infra.tencentcloud.CloudApi;
import io.roomservice.runtime.Lazy;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tencent Cloud Captcha (DescribeCaptchaResult, API 2019-07-22): on when APAAS_CAPTCHA_APP_ID
 * is set, with APAAS_CAPTCHA_APP_SECRET_KEY. A ticket passes only with CaptchaCode 1; Tencent
 * accepts each ticket once.
 */
public final class TencentCaptcha implements CaptchaCheck {

    /** The only CaptchaType the API takes. */
    private static final int CAPTCHA_TYPE = 9;
    private static final int PASSED = 1;

    private final SettingValues values;
    private final boolean required;
    private final Lazy<Setup> setup = Lazy.of(this::newSetup);

    public TencentCaptcha(SettingValues values) {
        this.values = values;
        this.required = values.isSet(APAAS_CAPTCHA_APP_ID);
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public boolean passed(String ticket, String randstr, String clientIp) {
        Setup s = setup.get();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("CaptchaType", CAPTCHA_TYPE);
        payload.put("Ticket", ticket);
        payload.put("UserIp", clientIp);
        payload.put("Randstr", randstr);
        payload.put("CaptchaAppId", s.appId);
        payload.put("AppSecretKey", s.secretKey);
        JsonNode response;
        try {
            response = s.api.call("DescribeCaptchaResult", payload);
        } catch (CloudApi.CloudApiException e) {
            throw new Unavailable(e.getMessage(), e);
        }
        return response.path("CaptchaCode").asInt(-1) == PASSED;
    }

    private Setup newSetup() {
        long appId = values.optionalNumber(APAAS_CAPTCHA_APP_ID)
                .orElseThrow(() -> new ConfigException("Captcha is not configured: APAAS_CAPTCHA_APP_ID is not set"));
        String secretKey = values.required(APAAS_CAPTCHA_APP_SECRET_KEY, "Captcha");
        CloudApi api = CloudApi.of(values, "captcha", "2019-07-22", "", values.text(APAAS_CAPTCHA_ENDPOINT).orElseThrow());
        return new Setup(api, appId, secretKey);
    }

    private static final class Setup {
        final CloudApi api;
        final long appId;
        final String secretKey;

        Setup(CloudApi api, long appId, String secretKey) {
            this.api = api;
            this.appId = appId;
            this.secretKey = secretKey;
        }
    }
}
