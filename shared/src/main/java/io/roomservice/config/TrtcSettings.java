package io.roomservice.config;

import static io.roomservice.config.SettingsCatalogue.TRTC_SDK_APP_ID;
import static io.roomservice.config.SettingsCatalogue.TRTC_SECRET_KEY;

import java.util.List;
import java.util.Optional;

/** TRTC_SDK_APP_ID and TRTC_SECRET_KEY, the application's UserSig key from the TRTC console. */
public final class TrtcSettings {

    private final long sdkAppId;
    private final String secretKey;

    private TrtcSettings(long sdkAppId, String secretKey) {
        this.sdkAppId = sdkAppId;
        this.secretKey = secretKey;
    }

    static TrtcSettings from(SettingValues values, List<String> problems) {
        Optional<Long> appId = values.optionalNumber(TRTC_SDK_APP_ID);
        Optional<String> key = values.given(TRTC_SECRET_KEY);
        long id = 0;
        if (values.isRejected(TRTC_SDK_APP_ID)) {
            problems.add("TRTC_SDK_APP_ID must be the numeric SDKAppID from the TRTC console");
        } else if (appId.isEmpty()) {
            problems.add("TRTC_SDK_APP_ID is not set");
        } else {
            id = appId.get();
        }
        if (key.isEmpty()) {
            problems.add("TRTC_SECRET_KEY is not set");
        } else if (key.get().length() < 16 || Settings.Placeholders.looksLikePlaceholder(key.get())) {
            problems.add("TRTC_SECRET_KEY is a placeholder, not the key from the TRTC console");
        }
        return problems.isEmpty() ? new TrtcSettings(id, key.get()) : null;
    }

    public long sdkAppId() {
        return sdkAppId;
    }

    public String secretKey() {
        return secretKey;
    }

    @Override
    public String toString() {
        return "TrtcSettings{sdkAppId=" + sdkAppId + ", secretKey=<hidden>}";
    }
}
