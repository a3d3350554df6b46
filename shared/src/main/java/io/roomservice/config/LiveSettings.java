package io.roomservice.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tencent Cloud live streaming (CSS): the push and play domains and their anti-leech keys.
 * The push key signs push URLs only; play URLs are signed with the separate play key (which
 * must differ from the push key, so that no play URL ever carries push rights). Without
 * explicit domains, the legacy {@code <bizid>.livepush.myqcloud.com} /
 * {@code <bizid>.liveplay.myqcloud.com} are used.
 */
public final class LiveSettings {

    private final String bizId;
    private final String appId;
    private final String pushDomain;
    private final String playDomain;
    private final String pushKey;
    private final String playKey;
    private final long pushUrlTtlSeconds;
    private final long playUrlTtlSeconds;

    private LiveSettings(Config config, List<String> problems) {
        this.bizId = config.get("LIVE_BIZID").orElse(null);
        if (bizId != null && !bizId.matches("[0-9]{1,12}")) {
            problems.add("LIVE_BIZID must be the numeric bizid from the live console");
        }
        this.appId = config.get("LIVE_APP_ID").orElse(null);
        this.pushDomain = domain(config, "LIVE_PUSH_DOMAIN", ".livepush.myqcloud.com", problems);
        this.playDomain = domain(config, "LIVE_PLAY_DOMAIN", ".liveplay.myqcloud.com", problems);
        this.pushKey = key(config, "LIVE_PUSH_KEY", true, problems);
        this.playKey = key(config, "LIVE_PLAY_KEY", false, problems);
        if (pushKey != null && pushKey.equals(playKey)) {
            problems.add("LIVE_PLAY_KEY must differ from LIVE_PUSH_KEY, or play URLs would carry push rights");
        }
        this.pushUrlTtlSeconds = Settings.positiveLong(config, "LIVE_PUSH_URL_TTL_SECONDS", 24 * 3600, problems);
        this.playUrlTtlSeconds = Settings.positiveLong(config, "LIVE_PLAY_URL_TTL_SECONDS", 24 * 3600, problems);
    }

    /** The settings, or a ConfigException ("Invalid live config: ...") naming every problem. */
    public static LiveSettings from(Config config) {
        List<String> problems = new ArrayList<>();
        LiveSettings s = from(config, problems);
        if (s == null) {
            throw new ConfigException("Invalid live config: " + String.join("; ", problems));
        }
        return s;
    }

    static LiveSettings from(Config config, List<String> problems) {
        LiveSettings s = new LiveSettings(config, problems);
        return problems.isEmpty() ? s : null;
    }

    private String domain(Config config, String name, String legacySuffix, List<String> problems) {
        Optional<String> value = config.get(name);
        if (value.isEmpty()) {
            if (bizId == null) {
                problems.add(name + " is not set (nor LIVE_BIZID for the legacy domain)");
            }
            return bizId + legacySuffix;
        }
        if (!value.get().matches("[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
            problems.add(name + " must be a host name");
        }
        return value.get();
    }

    private static String key(Config config, String name, boolean required, List<String> problems) {
        Optional<String> key = config.get(name);
        if (key.isEmpty()) {
            if (required) {
                problems.add(name + " is not set");
            }
            return null;
        }
        if (key.get().length() < 16 || Settings.Placeholders.looksLikePlaceholder(key.get())) {
            problems.add(name + " is a placeholder, not the key from the live console");
            return null;
        }
        return key.get();
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

    /** The bizid, for stream names that must carry it; a ConfigException when it is not set. */
    public String requireBizId() {
        return bizId().orElseThrow(() -> new ConfigException("Invalid live config: LIVE_BIZID is not set"));
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

    /** The play key, where play URLs must be signed; a ConfigException when it is not set. */
    public String requirePlayKey() {
        return playKey().orElseThrow(() -> new ConfigException("Invalid live config: LIVE_PLAY_KEY is not set"));
    }

    public long pushUrlTtlSeconds() {
        return pushUrlTtlSeconds;
    }

    public long playUrlTtlSeconds() {
        return playUrlTtlSeconds;
    }

    @Override
    public String toString() {
        return "LiveSettings{bizId=" + bizId + ", push=" + pushDomain + ", play=" + playDomain + ", keys=<hidden>}";
    }
}
