package io.roomservice.config;

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

    static WeChatSettings from(Config config, List<String> problems) {
        Optional<String> appId = config.get("WECHAT_APP_ID");
        Optional<String> secret = config.get("WECHAT_APP_SECRET");
        if (appId.isEmpty()) {
            problems.add("WECHAT_APP_ID is not set");
        }
        if (secret.isEmpty()) {
            problems.add("WECHAT_APP_SECRET is not set");
        } else if (Settings.Placeholders.looksLikePlaceholder(secret.get())) {
            problems.add("WECHAT_APP_SECRET is a placeholder");
        }
        String base = config.get("WECHAT_API_BASE", "https://api.weixin.qq.com");
        long timeout = Settings.positiveLong(config, "WECHAT_TIMEOUT_MS", 3000, problems);
        long ttl = Settings.positiveLong(config, "WECHAT_SESSION_TTL_SECONDS", 3 * 24 * 3600, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return new WeChatSettings(appId.get(), secret.get(), base.replaceAll("/+$", ""), (int) Math.min(timeout, 60_000), ttl);
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
