package io.roomservice.infra.trtc;

import com.tencentcloudapi.trtc.v20190722.TrtcClient;
import io.roomservice.config.Config;
import io.roomservice.config.ConfigException;
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

    static TrtcClient from(Config config, String purpose) {
        int timeout;
        try {
            timeout = Integer.parseInt(config.get("TRTC_API_TIMEOUT_SECONDS", "5"));
        } catch (NumberFormatException e) {
            throw new ConfigException("TRTC_API_TIMEOUT_SECONDS must be a whole number");
        }
        return new TrtcClient(CloudProfiles.credential(config, purpose),
                config.get("TRTC_API_REGION", "ap-guangzhou"),
                CloudProfiles.profile(config.get("TRTC_API_ENDPOINT", "trtc.tencentcloudapi.com"), timeout));
    }
}
