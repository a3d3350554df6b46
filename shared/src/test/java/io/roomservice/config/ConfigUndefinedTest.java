package io.roomservice.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tencent's deploy tool writes the text "undefined" for an unset ${env:X}: that must count as unset. */
class ConfigUndefinedTest {

    private final Logger logger = Logger.getLogger(Config.class.getName());
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        logger.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(handler);
    }

    @Test
    void undefinedInAnyCaseIsUnsetWithOneWarningPerSettingNamingIt() {
        Config config = Config.of(Map.of("LIVE_APP_ID", "undefined", "IM_BASE_URL", "  UNDEFINED ", "DB_NAME", "undefined-db"));
        for (int i = 0; i < 3; i++) {
            assertTrue(config.get("LIVE_APP_ID").isEmpty());
            assertTrue(config.get("IM_BASE_URL").isEmpty());
        }
        assertEquals("undefined-db", config.get("DB_NAME").orElseThrow(), "only the whole text counts");
        assertEquals(2, records.size(), records.toString());
        assertTrue(records.stream().allMatch(r -> r.getLevel() == Level.WARNING));
        assertTrue(records.get(0).getMessage().contains("LIVE_APP_ID"), records.get(0).getMessage());
        assertTrue(records.get(1).getMessage().contains("IM_BASE_URL"), records.get(1).getMessage());
    }

    @Test
    void aConfigurationDerivedFromAnotherDoesNotWarnAgain() {
        Config base = Config.of(Map.of("LIVE_APP_ID", "undefined"));
        assertTrue(base.get("LIVE_APP_ID").isEmpty());
        assertTrue(base.overriddenBy(Map.of("DB_NAME", "x")).get("LIVE_APP_ID").isEmpty());
        assertEquals(1, records.size(), records.toString());
    }

    @Test
    void anUndefinedRequiredSettingIsReportedAsNotSet() {
        Map<String, String> s = new HashMap<>();
        s.put("DB_URL", "jdbc:mysql://127.0.0.1:3306/roomservice");
        s.put("REDIS_URL", "redis://127.0.0.1:6379");
        s.put("TOKEN_SECRET", "undefined");
        ConfigException e = assertThrows(ConfigException.class, () -> Settings.load(Config.of(s)));
        assertTrue(e.getMessage().contains("TOKEN_SECRET is not set"), e.getMessage());
    }
}
