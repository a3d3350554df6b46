package io.roomservice.config;

import java.net.URI;
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

    /** Empty when IM_BASE_URL is not set; a ConfigException when it is set but unusable. */
    public static Optional<ImSettings> from(Settings settings) {
        Config config = settings.config();
        Optional<String> base = config.get("IM_BASE_URL");
        if (base.isEmpty()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(base.get().endsWith("/") ? base.get().substring(0, base.get().length() - 1) : base.get());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("IM_BASE_URL must be an http(s) URL");
        }
        if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new ConfigException("IM_BASE_URL must be an http(s) URL");
        }
        String admin = config.get("IM_ADMIN_ID", "administrator");
        if (!admin.matches("[A-Za-z0-9_@.-]{1,32}")) {
            throw new ConfigException("IM_ADMIN_ID must be the IM admin account (letters, digits, _ @ . -)");
        }
        return Optional.of(new ImSettings(uri, admin, settings.integer("IM_TIMEOUT_MILLIS", 3000, 100, 60_000)));
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
