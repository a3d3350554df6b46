package io.roomservice.testing;

import io.roomservice.app.App;
import io.roomservice.config.Config;
import io.roomservice.testkit.TestInfra;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/** Apps for tests: a fresh database on the shared test MariaDB, the shared Redis, and test credentials. */
public final class TestApps {

    public static final long SDK_APP_ID = 1_400_123_456L;
    /** Random keys per test JVM, so no test depends on a known key. */
    public static final String TRTC_KEY = randomHex(32);
    public static final String LIVE_PUSH_KEY = randomHex(16);
    public static final String LIVE_PLAY_KEY = randomHex(16);
    public static final String WECHAT_APP_ID = "wx20afc706a711eefc";
    public static final String WECHAT_APP_SECRET = randomHex(16);

    private TestApps() {
    }

    /** Settings for a complete App on a fresh, empty database. */
    public static Map<String, String> settings() {
        return completed(TestInfra.freshDatabaseSettings());
    }

    /** Like {@link #settings()}, always on the embedded three-master Redis Cluster. */
    public static Map<String, String> settingsOnCluster() {
        return completed(TestInfra.freshDatabaseSettingsOnCluster());
    }

    /** An App on a fresh database and the embedded Redis Cluster. */
    public static App startOnCluster(Map<String, String> overrides, Clock clock) {
        Map<String, String> s = settingsOnCluster();
        s.putAll(overrides);
        return App.start(Config.of(s), clock);
    }

    private static Map<String, String> completed(Map<String, String> infra) {
        Map<String, String> s = new HashMap<>(infra);
        s.put("TOKEN_SECRET", randomHex(32));
        s.put("TRTC_SDK_APP_ID", Long.toString(SDK_APP_ID));
        s.put("TRTC_SECRET_KEY", TRTC_KEY);
        s.put("LIVE_PUSH_DOMAIN", "push.test.local");
        s.put("LIVE_PLAY_DOMAIN", "play.test.local");
        s.put("LIVE_BIZID", "8888");
        s.put("LIVE_PUSH_KEY", LIVE_PUSH_KEY);
        s.put("LIVE_PLAY_KEY", LIVE_PLAY_KEY);
        s.put("WECHAT_APP_ID", WECHAT_APP_ID);
        s.put("WECHAT_APP_SECRET", WECHAT_APP_SECRET);
        s.put("WECHAT_API_BASE", "http://127.0.0.1:1");
        s.put("APAAS_SALT_KEY", randomHex(32));
        s.put("DB_POOL_SIZE", "16");
        s.put("REDIS_POOL_SIZE", "16");
        return s;
    }

    public static App start() {
        return start(Map.of(), Clock.systemUTC());
    }

    public static App start(Map<String, String> overrides, Clock clock) {
        Map<String, String> s = settings();
        if (overrides.containsKey("REDIS_URL") || overrides.containsKey("REDIS_HOST")) {
            s.remove("REDIS_CLUSTER_NODES"); // with TEST_REDIS=cluster: the test's own Redis wins
        }
        s.putAll(overrides);
        return App.start(Config.of(s), clock);
    }

    public static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
