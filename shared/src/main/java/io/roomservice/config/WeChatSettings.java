package io.roomservice.config;

import static io.roomservice.config.SettingsCatalogue.WECHAT_API_BASE;
import static io.roomservice.config.SettingsCatalogue.WECHAT_APP_ID;
import static io.roomservice.config.SettingsCatalogue.WECHAT_APP_SECRET;
import static io.roomservice.config.SettingsCatalogue.WECHAT_SESSION_TTL_SECONDS;
import static io.roomservice.config.SettingsCatalogue.WECHAT_TIMEOUT_MS;

import java.util.List;
import java.util.Optional;

/** The mini-program's WeChat credentials and where jscode2session lives. */
public final class WeChatSettings {

    private final String appId;
    private final String appSecret;
    private final String apiBase;
    private final int timeoutMillis;
    private final long sessionTtlSeconds;

    private WeChatSettings(String appId, String appSecret, String apiBase, int timeoutMillis, long sessionTtlSeconds) {
        this.appId = appId;
        this.appSecret = appSecret;
        this.apiBase = apiBase;
        this.timeoutMillis = timeoutMillis;
        this.sessionTtlSeconds = sessionTtlSeconds;
    }

    static WeChatSettings from(SettingValues values, List<String> problems) {
        Optional<String> appId = values.given(WECHAT_APP_ID);
        Optional<String> secret = values.given(WECHAT_APP_SECRET);
        if (appId.isEmpty()) {
            problems.add("WECHAT_APP_ID is not set");
        }
        if (secret.isEmpty()) {
            problems.add("WECHAT_APP_SECRET is not set");
        } else if (Settings.Placeholders.looksLikePlaceholder(secret.get())) {
            problems.add("WECHAT_APP_SECRET is a placeholder");
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new WeChatSettings(appId.get(), secret.get(), values.text(WECHAT_API_BASE).get().replaceAll("/+$", ""),
                values.integer(WECHAT_TIMEOUT_MS), values.number(WECHAT_SESSION_TTL_SECONDS));
    }

    public String appId() {
        return appId;
    }

    public String appSecret() {
        return appSecret;
    }

    /** Scheme, host and optional port, without a trailing slash. */
    public String apiBase() {
        return apiBase;
    }

    public int timeoutMillis() {
        return timeoutMillis;
    }

    /** How long a session_key is kept server-side. */
    public long sessionTtlSeconds() {
        return sessionTtlSeconds;
    }

    @Override
    public String toString() {
        return "WeChatSettings{appId=" + appId + ", apiBase=" + apiBase + ", secret=<hidden>}";
    }
}
