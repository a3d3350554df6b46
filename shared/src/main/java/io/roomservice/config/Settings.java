package io.roomservice.config;

import static io.roomservice.config.SettingsCatalogue.APAAS_SALT_KEY;
import static io.roomservice.config.SettingsCatalogue.TOKEN_SECRET;
import static io.roomservice.config.SettingsCatalogue.TOKEN_TTL_SECONDS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The typed, checked settings of one function instance, built once when the instance
 * starts. Every catalogued setting is read and checked then, and every problem (a missing
 * required setting, a malformed or out-of-range value, a placeholder secret, a
 * half-configured service) is reported together in one message. Outside services that an
 * instance may run without (TRTC, live, WeChat, IM, SMS, SES, captcha) may be left
 * unconfigured: then the actions that need them answer their family's system error.
 */
public final class Settings {

    public static final long DEFAULT_TOKEN_TTL_SECONDS = SettingsCatalogue.DEFAULT_TOKEN_TTL_SECONDS;
    private static final int MIN_SECRET_CHARS = 32;

    private final Config config;
    private final SettingValues values;
    private final DatabaseSettings database;
    private final RedisSettings redis;
    private final String tokenSecret;
    private final OptionalSection<TrtcSettings> trtc;
    private final OptionalSection<LiveSettings> live;
    private final OptionalSection<WeChatSettings> weChat;
    private final Optional<ImSettings> im;

    private Settings(Config config) {
        this.config = config;
        this.values = SettingValues.read(config);
        List<String> problems = new ArrayList<>(values.problems());
        this.database = DatabaseSettings.from(values, problems);
        this.redis = RedisSettings.from(values, problems, database == null ? null : database.databaseName());
        this.tokenSecret = tokenSecret(values, problems);
        checkSaltKey(values, problems);
        this.im = ImSettings.parse(values, problems);
        OptionalServices.checkComplete(values, problems);
        this.trtc = OptionalSection.parse("TRTC", values, TrtcSettings::from);
        this.live = OptionalSection.parse("live", values, LiveSettings::from);
        this.weChat = OptionalSection.parse("WeChat", values, WeChatSettings::from);
        if (!problems.isEmpty()) {
            throw new ConfigException("Cannot start: " + String.join("; ", problems));
        }
    }

    /** The settings of {@code config}; a ConfigException naming every problem at once. */
    public static Settings load(Config config) {
        return new Settings(config);
    }

    public Config config() {
        return config;
    }

    /** Every catalogued setting's checked value. */
    public SettingValues values() {
        return values;
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
        return values.number(TOKEN_TTL_SECONDS);
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

    /** The IM settings, or empty when IM_BASE_URL is not set (IM is off). */
    public Optional<ImSettings> im() {
        return im;
    }

    /** A whole-number setting whose range fits an int. */
    public int integer(Setting setting) {
        return values.integer(setting);
    }

    /** A number setting in seconds. */
    public long seconds(Setting setting) {
        return values.number(setting);
    }

    public boolean flag(Setting setting) {
        return values.flag(setting);
    }

    /** A text setting's value or default. */
    public Optional<String> text(Setting setting) {
        return values.text(setting);
    }

    public List<String> list(Setting setting) {
        return values.list(setting);
    }

    /**
     * The effective configuration, one line per catalogued setting ({@code NAME = value (set)}
     * or {@code (default)}), secrets masked, then one line per optional service that is off.
     */
    public List<String> describe() {
        List<String> lines = new ArrayList<>(EffectiveConfiguration.describe(values));
        trtc.problem().ifPresent(p -> lines.add("TRTC is off: " + p));
        live.problem().ifPresent(p -> lines.add("live is off: " + p));
        weChat.problem().ifPresent(p -> lines.add("WeChat is off: " + p));
        return lines;
    }

    private static String tokenSecret(SettingValues values, List<String> problems) {
        Optional<String> secret = values.given(TOKEN_SECRET);
        if (secret.isEmpty()) {
            problems.add("TOKEN_SECRET is not set (the key that signs bearer tokens; 32 characters or more)");
            return null;
        }
        if (secret.get().length() < MIN_SECRET_CHARS || Placeholders.looksLikePlaceholder(secret.get())) {
            problems.add("TOKEN_SECRET is too short or a placeholder (use 32 random characters or more)");
            return null;
        }
        return secret.get();
    }

    /** OAuth may be off, but a salt key that is set must be usable: a weak one would seal every salt with it. */
    private static void checkSaltKey(SettingValues values, List<String> problems) {
        values.given(APAAS_SALT_KEY).ifPresent(key -> {
            if (key.length() < MIN_SECRET_CHARS || Placeholders.looksLikePlaceholder(key)) {
                problems.add("APAAS_SALT_KEY is too short or a placeholder (use 32 random characters or more)");
            }
        });
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
