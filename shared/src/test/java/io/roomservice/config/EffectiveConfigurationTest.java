package io.roomservice.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EffectiveConfigurationTest {

    private static final String TOKEN = "tok3n-Secret-Value-0123456789abcdef";
    private static final String TRTC = "trtcK3y-9f2c1e6d8a7b5c4e3f2a1b0c9d8e";
    private static final String DB_PW = "dbPa55-in-url";
    private static final String DB_QUERY_PW = "qPa55w0rd";
    private static final String REDIS_PW = "r3dis-Pa55";

    private static Map<String, String> withSecrets() {
        Map<String, String> s = new HashMap<>();
        s.put("DB_URL", "jdbc:mysql://app:" + DB_PW + "@127.0.0.1:3306/roomservice?useSSL=false&password=" + DB_QUERY_PW);
        s.put("DB_PASSWORD", "dbPasswordSetting1");
        s.put("REDIS_URL", "redis://:" + REDIS_PW + "@127.0.0.1:6379/0");
        s.put("TOKEN_SECRET", TOKEN);
        s.put("TRTC_SDK_APP_ID", "1400123456");
        s.put("TRTC_SECRET_KEY", TRTC);
        s.put("LIVE_PUSH_KEY", "livePushKey0123456789");
        s.put("APAAS_SALT_KEY", "saltKey-0123456789abcdef0123456789");
        s.put("TENCENTCLOUD_SECRETID", "AKIDsecretId123");
        s.put("TENCENTCLOUD_SECRETKEY", "cloudSecretKey456");
        s.put("TENCENTCLOUD_SESSIONTOKEN", "sessionToken789");
        s.put("WEBRTC_MAX_MEMBERS", "4");
        return s;
    }

    @Test
    void noCharacterOfASecretIsShown() {
        Map<String, String> s = withSecrets();
        List<String> lines = Settings.load(Config.of(s)).describe();
        String all = String.join("\n", lines);
        for (String secret : List.of(TOKEN, TRTC, DB_PW, DB_QUERY_PW, REDIS_PW, "dbPasswordSetting1", "livePushKey0123456789",
                "saltKey-0123456789abcdef0123456789", "AKIDsecretId123", "cloudSecretKey456", "sessionToken789", "Pa55", "r3dis")) {
            assertFalse(all.contains(secret), "shows " + secret + ":\n" + all);
        }
        assertTrue(lines.contains("TOKEN_SECRET = **** (set)"), all);
        assertTrue(lines.contains("REDIS_URL = redis://:****@127.0.0.1:6379/0 (set)"), all);
        assertTrue(lines.contains("DB_URL = jdbc:mysql://app:****@127.0.0.1:3306/roomservice?useSSL=false&password=**** (set)"), all);
    }

    @Test
    void everySettingHasOneLineSayingWhetherItIsSetOrTheDefault() {
        List<String> lines = Settings.load(Config.of(withSecrets())).describe();
        for (Setting setting : SettingsCatalogue.all()) {
            assertEquals(1, lines.stream().filter(l -> l.startsWith(setting.name() + " = ")).count(), setting.name());
        }
        assertTrue(lines.contains("WEBRTC_MAX_MEMBERS = 4 (set)"), lines.toString());
        assertTrue(lines.contains("LIVE_MAX_MEMBERS = 20 (default)"), lines.toString());
        assertTrue(lines.contains("IM_BASE_URL = (unset) (default)"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("WeChat is off: ")), lines.toString());
    }
}
