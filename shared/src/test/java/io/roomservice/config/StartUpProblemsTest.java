package io.roomservice.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every problem with the settings is found when the instance starts, and reported in one message. */
class StartUpProblemsTest {

    private static Map<String, String> minimal() {
        Map<String, String> s = new HashMap<>();
        s.put("DB_URL", "jdbc:mysql://127.0.0.1:3306/roomservice");
        s.put("REDIS_URL", "redis://127.0.0.1:6379");
        s.put("TOKEN_SECRET", "0123456789abcdef0123456789abcdef");
        return s;
    }

    @Test
    void everyMalformedValueAndMissingSettingIsInOneMessage() {
        Map<String, String> s = minimal();
        s.remove("TOKEN_SECRET");
        s.put("WEBRTC_MAX_MEMBERS", "abc");
        s.put("LIVE_MAX_MEMBERS", "0");
        s.put("DB_POOL_SIZE", "100");
        s.put("IM_TIMEOUT_MILLIS", "5");
        s.put("WECHAT_TIMEOUT_MS", "-1");
        s.put("APAAS_CODE_TTL_SECONDS", "5m");
        s.put("TRTC_API_TIMEOUT_SECONDS", "x");
        s.put("APAAS_SMS_SDK_APP_ID", "1400000777");
        s.put("APAAS_SALT_KEY", "changeme");
        s.put("LIVE_BIZID", "biz-12");
        ConfigException e = assertThrows(ConfigException.class, () -> Settings.load(Config.of(s)));
        for (String name : List.of("TOKEN_SECRET", "WEBRTC_MAX_MEMBERS", "LIVE_MAX_MEMBERS", "DB_POOL_SIZE", "IM_TIMEOUT_MILLIS",
                "WECHAT_TIMEOUT_MS", "APAAS_CODE_TTL_SECONDS", "TRTC_API_TIMEOUT_SECONDS", "APAAS_SMS_SIGN_NAME", "APAAS_SALT_KEY",
                "LIVE_BIZID")) {
            assertTrue(e.getMessage().contains(name), name + " missing from: " + e.getMessage());
        }
        assertTrue(e.getMessage().contains("WEBRTC_MAX_MEMBERS must be a whole number in 1..1000 members"), e.getMessage());
        for (String value : List.of("abc", "5m", "changeme", "biz-12")) {
            assertFalse(e.getMessage().contains(value), "a value is quoted: " + e.getMessage());
        }
    }

    @Test
    void aMalformedDatabaseUrlIsReportedOnceAndNotAlsoAsMissing() {
        Map<String, String> s = minimal();
        s.put("DB_URL", "mysql://host/db");
        ConfigException e = assertThrows(ConfigException.class, () -> Settings.load(Config.of(s)));
        assertEquals("Cannot start: DB_URL must be a jdbc:mysql:// URL", e.getMessage());
    }

    @Test
    void optionalServicesMayBeLeftOutAndAreReportedWhenUsed() {
        Settings settings = Settings.load(Config.of(minimal()));
        assertTrue(assertThrows(ConfigException.class, settings::trtc).getMessage().startsWith("Invalid TRTC config"));
        assertTrue(assertThrows(ConfigException.class, settings::live).getMessage().startsWith("Invalid live config"));
        assertTrue(assertThrows(ConfigException.class, settings::weChat).getMessage().startsWith("Invalid WeChat config"));
        assertTrue(settings.im().isEmpty());
        assertEquals(2, settings.integer(SettingsCatalogue.WEBRTC_MAX_MEMBERS));
        assertEquals(SettingsCatalogue.DEFAULT_TOKEN_TTL_SECONDS, settings.tokenTtlSeconds());
    }

    @Test
    void halfConfiguredServicesFailTheStart() {
        Map<String, String> s = minimal();
        s.put("APAAS_SES_FROM", "noreply@example.org");
        s.put("APAAS_CAPTCHA_APP_SECRET_KEY", "0123456789abcdef");
        s.put("TENCENTCLOUD_SECRETID", "AKIDtest");
        ConfigException e = assertThrows(ConfigException.class, () -> Settings.load(Config.of(s)));
        assertTrue(e.getMessage().contains("E-mail is half-configured: APAAS_SES_TEMPLATE_ID"), e.getMessage());
        assertTrue(e.getMessage().contains("Captcha is half-configured: APAAS_CAPTCHA_APP_ID"), e.getMessage());
        assertTrue(e.getMessage().contains("TENCENTCLOUD_SECRETKEY not set"), e.getMessage());
    }

    @Test
    void valuesInRangeAreRead() {
        Map<String, String> s = minimal();
        s.put("WEBRTC_MAX_MEMBERS", "7");
        s.put("APAAS_OWNER_ASSIGNED_ROLES", "anchor, host,,");
        s.put("APAAS_MULTI_TENANT", "TRUE");
        Settings settings = Settings.load(Config.of(s));
        assertEquals(7, settings.integer(SettingsCatalogue.WEBRTC_MAX_MEMBERS));
        assertEquals(List.of("anchor", "host"), settings.list(SettingsCatalogue.APAAS_OWNER_ASSIGNED_ROLES));
        assertTrue(settings.flag(SettingsCatalogue.APAAS_MULTI_TENANT));
        assertFalse(settings.flag(SettingsCatalogue.APAAS_OAUTH_REQUIRE_TS_NONCE));
    }

    @Test
    void theProblemComesWithoutAStackTrace() {
        ConfigException e = assertThrows(ConfigException.class, () -> Settings.load(Config.of(Map.of())));
        assertEquals(0, e.getStackTrace().length);
    }
}
