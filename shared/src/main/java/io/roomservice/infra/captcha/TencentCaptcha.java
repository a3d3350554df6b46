package io.roomservice.infra.captcha;

import com.fasterxml.jackson.databind.JsonNode;
import io.roomservice.config.Config;
import io.roomservice.config.ConfigException;
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

    private final Config config;
    private final boolean required;
    private final Lazy<Setup> setup = Lazy.of(this::newSetup);

    public TencentCaptcha(Config config) {
        this.config = config;
        this.required = config.get("APAAS_CAPTCHA_APP_ID").isPresent();
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
        long appId;
        try {
            appId = Long.parseLong(config.get("APAAS_CAPTCHA_APP_ID").orElse(""));
        } catch (NumberFormatException e) {
            throw new ConfigException("Captcha is not configured: APAAS_CAPTCHA_APP_ID must be the numeric CaptchaAppId");
        }
        String secretKey = config.required("APAAS_CAPTCHA_APP_SECRET_KEY", "Captcha");
        CloudApi api = CloudApi.of(config, "captcha", "2019-07-22", "",
                config.get("APAAS_CAPTCHA_ENDPOINT", "captcha.tencentcloudapi.com"), CloudApi.timeoutSeconds(config));
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
