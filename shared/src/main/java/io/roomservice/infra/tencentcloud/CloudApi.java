package io.roomservice.infra.tencentcloud;

import com.fasterxml.jackson.databind.JsonNode;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import io.roomservice.config.SettingValues;
import io.roomservice.config.SettingsCatalogue;
import io.roomservice.infra.OutsideFailures;
import io.roomservice.runtime.Json;
import java.util.Optional;

/**
 * One TencentCloud API 3.0 product (SMS, SES, ...) called through tencentcloud-sdk-java's
 * generic {@link CommonClient} (TC3-HMAC-SHA256 signing, the SDK's HTTP stack). The
 * endpoint is configurable ({@code host} or {@code http://host:port} for a local fake), and
 * so is the timeout (APAAS_OUTSIDE_TIMEOUT_SECONDS). Credentials are the function role's TENCENTCLOUD_SECRETID /
 * TENCENTCLOUD_SECRETKEY / TENCENTCLOUD_SESSIONTOKEN, which SCF's Java runtime passes as
 * system properties ({@link Config} reads those first).
 */
public final class CloudApi {

    private final CommonClient client;
    private final String product;

    private CloudApi(CommonClient client, String product) {
        this.client = client;
        this.product = product;
    }

    /** A client for {@code product} at {@code version}; a ConfigException when credentials are missing. */
    public static CloudApi of(SettingValues values, String product, String version, String region, String endpoint) {
        return of(values, product, version, region, endpoint, values.integer(SettingsCatalogue.APAAS_OUTSIDE_TIMEOUT_SECONDS));
    }

    /** {@link #of(SettingValues, String, String, String, String)} with its own timeout. */
    public static CloudApi of(SettingValues values, String product, String version, String region, String endpoint, int timeoutSeconds) {
        Credential credential = CloudProfiles.credential(values, product);
        return new CloudApi(new CommonClient(product, version, credential, region,
                CloudProfiles.profile(endpoint, timeoutSeconds)), product);
    }

    /**
     * Calls {@code action} with a JSON payload and returns the {@code Response} object. A
     * provider error (its {@code Error.Code}) or a transport failure is a CloudApiException
     * naming the product, the action and the provider's code, never the payload.
     */
    public JsonNode call(String action, Object payload) {
        String raw;
        try {
            raw = client.call(action, Json.write(payload));
        } catch (TencentCloudSDKException e) {
            throw new CloudApiException(product + " " + action + " failed: " + Optional.ofNullable(e.getErrorCode()).orElse("transport error"), e);
        } catch (RuntimeException e) {
            throw new CloudApiException(product + " " + action + " failed: " + product + " " + OutsideFailures.describe(e), e);
        }
        JsonNode response;
        try {
            response = Json.mapper().readTree(raw).path("Response");
        } catch (Exception e) {
            throw new CloudApiException(product + " " + action + " answered something other than JSON", e);
        }
        if (!response.isObject()) {
            throw new CloudApiException(product + " " + action + " answered without a Response object", null);
        }
        if (response.has("Error")) {
            throw new CloudApiException(product + " " + action + " failed: " + response.path("Error").path("Code").asText("unknown"), null);
        }
        return response;
    }

    /** A TencentCloud API call failed; the message names the provider's error code only. */
    public static final class CloudApiException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CloudApiException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
