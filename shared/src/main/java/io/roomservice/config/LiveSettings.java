package io.roomservice.config;

import static io.roomservice.config.SettingsCatalogue.LIVE_APP_ID;
import static io.roomservice.config.SettingsCatalogue.LIVE_BIZID;
import static io.roomservice.config.SettingsCatalogue.LIVE_PLAY_DOMAIN;
import static io.roomservice.config.SettingsCatalogue.LIVE_PLAY_KEY;
import static io.roomservice.config.SettingsCatalogue.LIVE_PLAY_URL_TTL_SECONDS;
import static io.roomservice.config.SettingsCatalogue.LIVE_PUSH_DOMAIN;
import static io.roomservice.config.SettingsCatalogue.LIVE_PUSH_KEY;
import static io.roomservice.config.SettingsCatalogue.LIVE_PUSH_URL_TTL_SECONDS;

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

    private LiveSettings(SettingValues values, List<String> problems) {
        this.bizId = values.given(LIVE_BIZID).orElse(null);
        this.appId = values.given(LIVE_APP_ID).orElse(null);
        this.pushDomain = domain(values, LIVE_PUSH_DOMAIN, ".livepush.myqcloud.com", problems);
        this.playDomain = domain(values, LIVE_PLAY_DOMAIN, ".liveplay.myqcloud.com", problems);
        this.pushKey = key(values, LIVE_PUSH_KEY, true, problems);
        this.playKey = key(values, LIVE_PLAY_KEY, false, problems);
        if (pushKey != null && pushKey.equals(playKey)) {
            problems.add("LIVE_PLAY_KEY must differ from LIVE_PUSH_KEY, or play URLs would carry push rights");
        }
        this.pushUrlTtlSeconds = values.number(LIVE_PUSH_URL_TTL_SECONDS);
        this.playUrlTtlSeconds = values.number(LIVE_PLAY_URL_TTL_SECONDS);
    }

    /** The settings, or a ConfigException ("Invalid live config: ...") naming every problem. */
    public static LiveSettings from(Config config) {
        SettingValues values = SettingValues.read(config);
        List<String> problems = new ArrayList<>(values.problems());
        LiveSettings s = from(values, problems);
        if (s == null) {
            throw new ConfigException("Invalid live config: " + String.join("; ", problems));
        }
        return s;
    }

    static LiveSettings from(SettingValues values, List<String> problems) {
        LiveSettings s = new LiveSettings(values, problems);
        return problems.isEmpty() ? s : null;
    }

    private String domain(SettingValues values, Setting setting, String legacySuffix, List<String> problems) {
        Optional<String> value = values.given(setting);
        if (value.isEmpty()) {
            if (bizId == null) {
                problems.add(setting.name() + " is not set (nor LIVE_BIZID for the legacy domain)");
            }
            return bizId + legacySuffix;
        }
        return value.get();
    }

    private static String key(SettingValues values, Setting setting, boolean required, List<String> problems) {
        Optional<String> key = values.given(setting);
        if (key.isEmpty()) {
            if (required) {
                problems.add(setting.name() + " is not set");
            }
            return null;
        }
        if (key.get().length() < 16 || Settings.Placeholders.looksLikePlaceholder(key.get())) {
            problems.add(setting.name() + " is a placeholder, not the key from the live console");
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
