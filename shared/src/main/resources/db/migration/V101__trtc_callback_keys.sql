-- The TRTC callback keys of tenants with their own SDKAppID (apaas_tenants.sdk_app_id): sealed
-- with APAAS_SALT_KEY like apaas_tenants.secret_key, bound to their SDKAppID. The key of
-- TRTC_SDK_APP_ID itself is the setting TRTC_CALLBACK_KEY.
CREATE TABLE IF NOT EXISTS trtc_callback_keys (
  sdk_app_id   BIGINT         NOT NULL,
  sealed_key   VARBINARY(600) NOT NULL,
  PRIMARY KEY (sdk_app_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
