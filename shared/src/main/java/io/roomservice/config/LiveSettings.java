package io.roomservice.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tencent live (CSS) settings for push and play URLs: LIVE_BIZID, LIVE_PUSH_DOMAIN,
 * LIVE_PLAY_DOMAIN, LIVE_PUSH_KEY, LIVE_PLAY_KEY and the URL lifetimes. The play key must
 * differ from the push key, so that no play URL ever carries a push signature.
 */
public final class LiveSettings {

    private final String bizId;
    private final String pushDomain;
    private final String playDomain;
    private final String pushKey;
    private final String playKey;
    private final long pushTtlSeconds;
    private final long playTtlSeconds;

    private LiveSettings(String bizId, String pushDomain, String playDomain, String pushKey, String playKey,
                         long pushTtlSeconds, long playTtlSeconds) {
        this.bizId = bizId;
        this.pushDomain = pushDomain;
        this.playDomain = playDomain;
        this.pushKey = pushKey;
        this.playKey = playKey;
        this.pushTtlSeconds = pushTtlSeconds;
        this.playTtlSeconds = playTtlSeconds;
    }

    /** The settings, or a ConfigException ("Invalid live config: ...") naming what is missing. */
    public static LiveSettings from(Config config) {
        List<String> problems = new ArrayList<>();
        String bizId = config.get("LIVE_BIZID").orElse(null);
        if (bizId == null) {
            problems.add("LIVE_BIZID is not set");
        } else if (!bizId.matches("[0-9]{1,12}")) {
            problems.add("LIVE_BIZID must be the numeric bizid from the live console");
        }
        String pushKey = key(config, "LIVE_PUSH_KEY", problems);
        String playKey = key(config, "LIVE_PLAY_KEY", problems);
        if (pushKey != null && pushKey.equals(playKey)) {
            problems.add("LIVE_PLAY_KEY must differ from LIVE_PUSH_KEY (a play URL must never carry a push signature)");
        }
        long pushTtl = Settings.positiveLong(config, "LIVE_PUSH_URL_TTL_SECONDS", 24 * 3600, problems);
        long playTtl = Settings.positiveLong(config, "LIVE_PLAY_URL_TTL_SECONDS", 24 * 3600, problems);
        if (!problems.isEmpty()) {
            throw new ConfigException("Invalid live config: " + String.join("; ", problems));
        }
        return new LiveSettings(bizId,
                domain(config, "LIVE_PUSH_DOMAIN", bizId + ".livepush.myqcloud.com"),
                domain(config, "LIVE_PLAY_DOMAIN", bizId + ".liveplay.myqcloud.com"),
                pushKey, playKey, pushTtl, playTtl);
    }

    private static String key(Config config, String name, List<String> problems) {
        Optional<String> key = config.get(name);
        if (key.isEmpty()) {
            problems.add(name + " is not set");
            return null;
        }
        if (key.get().length() < 16 || Settings.Placeholders.looksLikePlaceholder(key.get())) {
            problems.add(name + " is a placeholder, not the key from the live console");
            return null;
        }
        return key.get();
    }

    private static String domain(Config config, String name, String fallback) {
        String value = config.get(name, fallback);
        if (!value.matches("[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
            throw new ConfigException("Invalid live config: " + name + " must be a host name");
        }
        return value;
    }

    public String bizId() {
        return bizId;
    }

    public String pushDomain() {
        return pushDomain;
    }

    public String playDomain() {
        return playDomain;
    }

    public String pushKey() {
        return pushKey;
    }

    public String playKey() {
        return playKey;
    }

    public long pushTtlSeconds() {
        return pushTtlSeconds;
    }

    public long playTtlSeconds() {
        return playTtlSeconds;
    }

    @Override
    public String toString() {
        return "LiveSettings{bizId=" + bizId + ", pushDomain=" + pushDomain + ", playDomain=" + playDomain + ", keys=<hidden>}";
    }
}
