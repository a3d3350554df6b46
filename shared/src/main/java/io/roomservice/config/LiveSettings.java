package io.roomservice.config;

import java.util.List;
import java.util.Optional;

/**
 * Tencent Cloud live streaming (CSS): the push and play domains and their anti-leech keys.
 * The push key signs push URLs only; play URLs are signed with the separate play key when
 * one is configured, and are plain otherwise.
 */
public final class LiveSettings {

    private final String pushDomain;
    private final String playDomain;
    private final String bizId;
    private final String appId;
    private final String pushKey;
    private final String playKey;
    private final long pushUrlTtlSeconds;
    private final long playUrlTtlSeconds;

    private LiveSettings(Config config, List<String> problems) {
        this.pushDomain = required(config, "LIVE_PUSH_DOMAIN", problems);
        this.playDomain = required(config, "LIVE_PLAY_DOMAIN", problems);
        this.pushKey = required(config, "LIVE_PUSH_KEY", problems);
        this.bizId = config.get("LIVE_BIZID").orElse(null);
        this.appId = config.get("LIVE_APP_ID").orElse(null);
        this.playKey = config.get("LIVE_PLAY_KEY").orElse(null);
        this.pushUrlTtlSeconds = Settings.positiveLong(config, "LIVE_PUSH_URL_TTL_SECONDS", 24 * 3600, problems);
        this.playUrlTtlSeconds = Settings.positiveLong(config, "LIVE_PLAY_URL_TTL_SECONDS", 24 * 3600, problems);
        if (pushKey != null && Settings.Placeholders.looksLikePlaceholder(pushKey)) {
            problems.add("LIVE_PUSH_KEY is a placeholder, not the key from the live console");
        }
        if (pushKey != null && pushKey.equals(playKey)) {
            problems.add("LIVE_PLAY_KEY must differ from LIVE_PUSH_KEY, or play URLs would carry push rights");
        }
    }

    static LiveSettings from(Config config, List<String> problems) {
        LiveSettings s = new LiveSettings(config, problems);
        return problems.isEmpty() ? s : null;
    }

    private static String required(Config config, String name, List<String> problems) {
        Optional<String> value = config.get(name);
        if (value.isEmpty()) {
            problems.add(name + " is not set");
        }
        return value.orElse(null);
    }

    public String pushDomain() {
        return pushDomain;
    }

    public String playDomain() {
        return playDomain;
    }

    public Optional<String> bizId() {
        return Optional.ofNullable(bizId);
    }

    public Optional<String> appId() {
        return Optional.ofNullable(appId);
    }

    public String pushKey() {
        return pushKey;
    }

    public Optional<String> playKey() {
        return Optional.ofNullable(playKey);
    }

    public long pushUrlTtlSeconds() {
        return pushUrlTtlSeconds;
    }

    public long playUrlTtlSeconds() {
        return playUrlTtlSeconds;
    }

    @Override
    public String toString() {
        return "LiveSettings{push=" + pushDomain + ", play=" + playDomain + ", keys=<hidden>}";
    }
}
