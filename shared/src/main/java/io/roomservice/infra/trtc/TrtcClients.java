package io.roomservice.infra.trtc;

import com.tencentcloudapi.trtc.v20190722.TrtcClient;
import static io.roomservice.config.SettingsCatalogue.TRTC_API_ENDPOINT;
import static io.roomservice.config.SettingsCatalogue.TRTC_API_REGION;
import static io.roomservice.config.SettingsCatalogue.TRTC_API_TIMEOUT_SECONDS;

import io.roomservice.config.SettingValues;
import io.roomservice.infra.tencentcloud.CloudProfiles;

/**
 * The TRTC server API client every TRTC caller here uses. Settings: the role's
 * TENCENTCLOUD_SECRETID / SECRETKEY / SESSIONTOKEN, TRTC_API_REGION (ap-guangzhou),
 * TRTC_API_ENDPOINT (trtc.tencentcloudapi.com; {@code http://host:port} for a local fake)
 * and TRTC_API_TIMEOUT_SECONDS (5). Missing credentials fail closed, naming {@code purpose}.
 */
final class TrtcClients {

    private TrtcClients() {
    }

    static TrtcClient from(SettingValues values, String purpose) {
        return new TrtcClient(CloudProfiles.credential(values, purpose),
                values.text(TRTC_API_REGION).orElseThrow(),
                CloudProfiles.profile(values.text(TRTC_API_ENDPOINT).orElseThrow(), values.integer(TRTC_API_TIMEOUT_SECONDS)));
    }
}
