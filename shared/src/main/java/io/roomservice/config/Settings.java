package io.roomservice.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The typed, checked settings of one function instance. Required settings are checked
 * once, when the instance starts, and every problem is reported in one message. The TRTC
 * credentials are not required to start: without them every action that signs answers
 * its family's system error.
 */
public final class Settings {

    public static final long DEFAULT_TOKEN_TTL_SECONDS = 30L * 24 * 3600;

    private final Config config;
    private final DatabaseSettings database;
    private final RedisSettings redis;
    private final String tokenSecret;
    private final long tokenTtlSeconds;
    private final OptionalSection<TrtcSettings> trtc;
    private final OptionalSection<LiveSettings> live;
    private final OptionalSection<WeChatSettings> weChat;

    private Settings(Config config) {
        this.config = config;
        List<String> problems = new ArrayList<>();
        this.database = DatabaseSettings.from(config, problems);
        this.redis = RedisSettings.from(config, problems);
        this.tokenSecret = tokenSecret(config, problems);
        this.tokenTtlSeconds = positiveLong(config, "TOKEN_TTL_SECONDS", DEFAULT_TOKEN_TTL_SECONDS, problems);
        this.trtc = OptionalSection.parse("TRTC", config, TrtcSettings::from);
        this.live = OptionalSection.parse("live", config, LiveSettings::from);
        this.weChat = OptionalSection.parse("WeChat", config, WeChatSettings::from);
        if (!problems.isEmpty()) {
            throw new ConfigException("Cannot start: " + String.join("; ", problems));
        }
    }

    public static Settings load(Config config) {
        return new Settings(config);
    }

    public Config config() {
        return config;
    }

    public DatabaseSettings database() {
        return database;
    }

    public RedisSettings redis() {
        return redis;
    }

    public String tokenSecret() {
        return tokenSecret;
    }

    public long tokenTtlSeconds() {
        return tokenTtlSeconds;
    }

    /** The TRTC credentials, or a ConfigException ("Invalid TRTC config: ...") saying what is wrong. */
    public TrtcSettings trtc() {
        return trtc.get();
    }

    /** Live streaming domains and keys, or a ConfigException ("Invalid live config: ..."). */
    public LiveSettings live() {
        return live.get();
    }

    /** WeChat mini-program credentials, or a ConfigException ("Invalid WeChat config: ..."). */
    public WeChatSettings weChat() {
        return weChat.get();
    }

    public boolean isWeChatConfigured() {
        return weChat.isConfigured();
    }

    public int integer(String name, int fallback, int min, int max) {
        List<String> problems = new ArrayList<>();
        long value = positiveLong(config, name, fallback, problems);
        if (!problems.isEmpty() || value < min || value > max) {
            throw new ConfigException(name + " must be a whole number from " + min + " to " + max);
        }
        return (int) value;
    }

    public long seconds(String name, long fallback) {
        List<String> problems = new ArrayList<>();
        long value = positiveLong(config, name, fallback, problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems.get(0));
        }
        return value;
    }

    private static String tokenSecret(Config config, List<String> problems) {
        Optional<String> secret = config.get("TOKEN_SECRET");
        if (secret.isEmpty()) {
            problems.add("TOKEN_SECRET is not set (the key that signs bearer tokens; 32 characters or more)");
            return null;
        }
        if (secret.get().length() < 32 || Placeholders.looksLikePlaceholder(secret.get())) {
            problems.add("TOKEN_SECRET is too short or a placeholder (use 32 random characters or more)");
            return null;
        }
        return secret.get();
    }

    static long positiveLong(Config config, String name, long fallback, List<String> problems) {
        Optional<String> raw = config.get(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw.get());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(name + " must be a positive whole number");
        return fallback;
    }

    /** Values that people paste from samples instead of their own credentials. */
    static final class Placeholders {
        private static final String[] MARKERS = {"xxx", "your", "placeholder", "changeme", "change-me", "example", "<", "default"};

        private Placeholders() {
        }

        static boolean looksLikePlaceholder(String value) {
            String lower = value.toLowerCase(Locale.ROOT);
            for (String marker : MARKERS) {
                if (lower.contains(marker)) {
                    return true;
                }
            }
            return false;
        }
    }
}
