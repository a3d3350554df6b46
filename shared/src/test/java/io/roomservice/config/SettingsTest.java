package io.roomservice.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private static Map<String, String> complete() {
        Map<String, String> s = new HashMap<>();
        s.put("DB_URL", "jdbc:mysql://127.0.0.1:3306/roomservice");
        s.put("REDIS_URL", "redis://127.0.0.1:6379");
        s.put("TOKEN_SECRET", "0123456789abcdef0123456789abcdef");
        s.put("TRTC_SDK_APP_ID", "1400123456");
        s.put("TRTC_SECRET_KEY", "9f2c1e6d8a7b5c4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e");
        return s;
    }

    @Test
    void everyMissingRequiredSettingIsNamedInOneMessage() {
        ConfigException e = assertThrows(ConfigException.class, () -> Settings.load(Config.of(Map.of())));
        assertTrue(e.getMessage().contains("TOKEN_SECRET"), e.getMessage());
        assertTrue(e.getMessage().contains("DB_URL"), e.getMessage());
        assertTrue(e.getMessage().contains("REDIS_URL"), e.getMessage());
    }

    @Test
    void aWeakTokenSecretFailsTheStart() {
        Map<String, String> s = complete();
        s.put("TOKEN_SECRET", "default");
        assertThrows(ConfigException.class, () -> Settings.load(Config.of(s)));
        s.put("TOKEN_SECRET", "short-but-random-Zq81");
        assertThrows(ConfigException.class, () -> Settings.load(Config.of(s)));
    }

    @Test
    void missingOrPlaceholderTrtcCredentialsDoNotFailTheStartButFailEverySignature() {
        Map<String, String> s = complete();
        s.remove("TRTC_SECRET_KEY");
        Settings settings = Settings.load(Config.of(s));
        ConfigException e = assertThrows(ConfigException.class, settings::trtc);
        assertTrue(e.getMessage().startsWith("Invalid TRTC config"), e.getMessage());

        s.put("TRTC_SECRET_KEY", "your-secret-key-here-xxxxxxxxxxxx");
        assertThrows(ConfigException.class, () -> Settings.load(Config.of(s)).trtc());
        s.put("TRTC_SECRET_KEY", complete().get("TRTC_SECRET_KEY"));
        s.put("TRTC_SDK_APP_ID", "0");
        assertThrows(ConfigException.class, () -> Settings.load(Config.of(s)).trtc());
        s.put("TRTC_SDK_APP_ID", "1400123456");
        assertEquals(1400123456L, Settings.load(Config.of(s)).trtc().sdkAppId());
    }

    @Test
    void configurationErrorsNeverQuoteSecretValues() {
        Map<String, String> s = complete();
        s.put("TRTC_SECRET_KEY", "placeholder-secret-value");
        ConfigException e = assertThrows(ConfigException.class, () -> Settings.load(Config.of(s)).trtc());
        assertFalse(e.getMessage().contains("placeholder-secret-value"));
    }

    @Test
    void databaseAndRedisCanBeGivenPieceByPiece() {
        Map<String, String> s = complete();
        s.remove("DB_URL");
        s.remove("REDIS_URL");
        s.put("DB_HOST", "10.0.0.5");
        s.put("DB_NAME", "rooms");
        s.put("REDIS_HOST", "10.0.0.6");
        s.put("REDIS_PASSWORD", "pw");
        Settings settings = Settings.load(Config.of(s));
        assertEquals("jdbc:mysql://10.0.0.5:3306/rooms", settings.database().jdbcUrl());
        assertEquals("10.0.0.6", settings.redis().host());
        assertEquals(6379, settings.redis().port());
        assertEquals("pw", settings.redis().password());
    }

    @Test
    void aRedisClusterIsGivenBySomeOfItsNodesAndKeysLiveUnderTheDatabasesName() {
        Map<String, String> s = complete();
        s.remove("REDIS_URL");
        s.put("DB_URL", "jdbc:mysql://10.0.0.5:3306/rooms_prod?useSSL=true");
        s.put("REDIS_CLUSTER_NODES", "10.0.0.7:7000, 10.0.0.8:7001");
        RedisSettings redis = Settings.load(Config.of(s)).redis();
        assertTrue(redis.clustered());
        assertEquals("[10.0.0.7:7000, 10.0.0.8:7001]", redis.clusterNodes().toString());
        assertEquals("rooms_prod", redis.keyNamespace());

        s.put("REDIS_KEY_NAMESPACE", "stage-2");
        assertEquals("stage-2", Settings.load(Config.of(s)).redis().keyNamespace());
    }

    @Test
    void aClusterAndOneServerAtOnceOrABraceInTheNamespaceAreRefused() {
        Map<String, String> s = complete();
        s.put("REDIS_CLUSTER_NODES", "10.0.0.7:7000");
        assertTrue(assertThrows(ConfigException.class, () -> Settings.load(Config.of(s))).getMessage()
                .contains("REDIS_CLUSTER_NODES and REDIS_URL/REDIS_HOST are both set"));
        s.remove("REDIS_CLUSTER_NODES");
        s.put("REDIS_KEY_NAMESPACE", "a{b}");
        assertTrue(assertThrows(ConfigException.class, () -> Settings.load(Config.of(s))).getMessage()
                .contains("REDIS_KEY_NAMESPACE must be"));
    }

    @Test
    void systemPropertiesComeBeforeTheEnvironment() {
        String name = "ROOMSERVICE_TEST_" + System.nanoTime();
        System.setProperty(name, "from-property");
        try {
            assertEquals("from-property", Config.fromEnvironment().get(name).orElseThrow());
        } finally {
            System.clearProperty(name);
        }
        assertTrue(Config.fromEnvironment().get(name).isEmpty());
        assertEquals("x", Config.fromEnvironment().overriddenBy(Map.of(name, "x")).get(name).orElseThrow());
    }
}
