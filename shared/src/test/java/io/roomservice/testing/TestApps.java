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
    /** A random TRTC key per test JVM, so no test depends on a known key. */
    public static final String TRTC_KEY = randomHex(32);

    private TestApps() {
    }

    /** Settings for a complete App on a fresh, empty database. */
    public static Map<String, String> settings() {
        Map<String, String> s = new HashMap<>(TestInfra.freshDatabaseSettings());
        s.put("TOKEN_SECRET", randomHex(32));
        s.put("TRTC_SDK_APP_ID", Long.toString(SDK_APP_ID));
        s.put("TRTC_SECRET_KEY", TRTC_KEY);
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
        s.putAll(overrides);
        return App.start(Config.of(s), clock);
    }

    public static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
