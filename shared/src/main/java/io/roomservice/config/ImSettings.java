package io.roomservice.config;

import static io.roomservice.config.SettingsCatalogue.IM_ADMIN_ID;
import static io.roomservice.config.SettingsCatalogue.IM_BASE_URL;
import static io.roomservice.config.SettingsCatalogue.IM_TIMEOUT_MILLIS;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Tencent IM REST API settings: IM_BASE_URL (https://console.tim.qq.com, a regional host,
 * or a local fake), IM_ADMIN_ID (the App admin account) and IM_TIMEOUT_MILLIS. IM signs
 * with the TRTC application's key (TRTC_SDK_APP_ID, TRTC_SECRET_KEY). Without
 * IM_BASE_URL, IM is off.
 */
public final class ImSettings {

    private final URI baseUrl;
    private final String adminId;
    private final int timeoutMillis;

    private ImSettings(URI baseUrl, String adminId, int timeoutMillis) {
        this.baseUrl = baseUrl;
        this.adminId = adminId;
        this.timeoutMillis = timeoutMillis;
    }

    /** Empty when IM_BASE_URL is not set (IM is off); the settings were checked when {@code settings} was built. */
    public static Optional<ImSettings> from(Settings settings) {
        return settings.im();
    }

    static Optional<ImSettings> parse(SettingValues values, List<String> problems) {
        Optional<String> base = values.given(IM_BASE_URL);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(base.get().endsWith("/") ? base.get().substring(0, base.get().length() - 1) : base.get());
        } catch (IllegalArgumentException e) {
            problems.add("IM_BASE_URL must be an http(s) URL");
            return Optional.empty();
        }
        if (uri.getHost() == null) {
            problems.add("IM_BASE_URL must be an http(s) URL");
            return Optional.empty();
        }
        return Optional.of(new ImSettings(uri, values.text(IM_ADMIN_ID).get(), values.integer(IM_TIMEOUT_MILLIS)));
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public String adminId() {
        return adminId;
    }

    public int timeoutMillis() {
        return timeoutMillis;
    }
}
