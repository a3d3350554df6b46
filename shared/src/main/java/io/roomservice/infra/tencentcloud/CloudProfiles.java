package io.roomservice.infra.tencentcloud;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import static io.roomservice.config.SettingsCatalogue.TENCENTCLOUD_SECRETID;
import static io.roomservice.config.SettingsCatalogue.TENCENTCLOUD_SECRETKEY;
import static io.roomservice.config.SettingsCatalogue.TENCENTCLOUD_SESSIONTOKEN;

import io.roomservice.config.ConfigException;
import io.roomservice.config.SettingValues;
import java.util.Optional;

/**
 * What every tencentcloud-sdk-java client here is built from: the function role's
 * temporary credentials (TENCENTCLOUD_SECRETID / SECRETKEY / SESSIONTOKEN, which SCF's
 * Java runtime passes as system properties) and an endpoint with a timeout
 * ({@code http://host:port} points a client at a local fake).
 */
public final class CloudProfiles {

    private CloudProfiles() {
    }

    /** The credentials, or a ConfigException naming what {@code purpose} lacks. */
    public static Credential credential(SettingValues values, String purpose) {
        Optional<String> id = values.given(TENCENTCLOUD_SECRETID);
        Optional<String> key = values.given(TENCENTCLOUD_SECRETKEY);
        if (id.isEmpty() || key.isEmpty()) {
            throw new ConfigException("TENCENTCLOUD_SECRETID / TENCENTCLOUD_SECRETKEY are not set (needed for " + purpose + ")");
        }
        return new Credential(id.get(), key.get(), values.given(TENCENTCLOUD_SESSIONTOKEN).orElse(""));
    }

    /** TC3-HMAC-SHA256 signing against {@code endpoint}, with one timeout for connect, read and write. */
    public static ClientProfile profile(String endpoint, int timeoutSeconds) {
        HttpProfile http = new HttpProfile();
        if (endpoint.startsWith("http://")) {
            http.setProtocol(HttpProfile.REQ_HTTP);
            http.setEndpoint(endpoint.substring("http://".length()));
        } else {
            http.setEndpoint(endpoint.startsWith("https://") ? endpoint.substring("https://".length()) : endpoint);
        }
        http.setConnTimeout(timeoutSeconds);
        http.setReadTimeout(timeoutSeconds);
        http.setWriteTimeout(timeoutSeconds);
        return new ClientProfile(ClientProfile.SIGN_TC3_256, http);
    }
}
