-- aPaaS users (TRTC demo apps). Times are epoch milliseconds from the application's clock.
-- `tenant` is the apaasAppId the user belongs to ('' = the tenant from the environment).
CREATE TABLE IF NOT EXISTS apaas_users (
  user_id     VARCHAR(64)  NOT NULL,
  tenant      VARCHAR(32)  NOT NULL DEFAULT '',
  name        VARCHAR(128) NOT NULL DEFAULT '',
  phone       VARCHAR(32)  NULL,
  email       VARCHAR(128) NULL,
  avatar      VARCHAR(512) NOT NULL DEFAULT '',
  tag         VARCHAR(32)  NULL,
  tag2        VARCHAR(32)  NULL,
  created_at  BIGINT       NOT NULL,
  updated_at  BIGINT       NOT NULL,
  login_at    BIGINT       NOT NULL,
  PRIMARY KEY (user_id),
  UNIQUE KEY uk_apaas_users_phone (tenant, phone),
  UNIQUE KEY uk_apaas_users_email (tenant, email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Collision-free ids for users who log in by code. They start above the largest id the
-- OAuth derivation can produce (33554430), so the two kinds never meet.
CREATE TABLE IF NOT EXISTS apaas_user_ids (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  created_at  BIGINT       NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB AUTO_INCREMENT=40000000 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- OAuth registrations: the salt (a password equivalent) sealed with AES-GCM.
CREATE TABLE IF NOT EXISTS apaas_oauth_salts (
  username    VARCHAR(128)   NOT NULL,
  sealed_salt VARBINARY(600) NOT NULL,
  created_at  BIGINT         NOT NULL,
  PRIMARY KEY (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Which user a (username, tag) signature login speaks for. The unique user_id is what
-- turns a derived-id collision into a detected event instead of a shared account.
CREATE TABLE IF NOT EXISTS apaas_oauth_accounts (
  username    VARCHAR(128) NOT NULL,
  tag         VARCHAR(32)  NOT NULL,
  user_id     VARCHAR(64)  NOT NULL,
  PRIMARY KEY (username, tag),
  UNIQUE KEY uk_apaas_oauth_accounts_user (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Login codes sent by SMS or e-mail: only a hash of the code is kept.
CREATE TABLE IF NOT EXISTS apaas_login_codes (
  session_id  VARCHAR(64)  NOT NULL,
  tenant      VARCHAR(32)  NOT NULL DEFAULT '',
  target      VARCHAR(128) NOT NULL,
  code_hash   VARBINARY(32) NOT NULL,
  attempts    INT          NOT NULL DEFAULT 0,
  expires_at  BIGINT       NOT NULL,
  consumed_at BIGINT       NULL,
  created_at  BIGINT       NOT NULL,
  PRIMARY KEY (session_id),
  KEY ix_apaas_login_codes_target (target)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Tenants (apaasAppId -> TRTC application), read only when APAAS_MULTI_TENANT is on.
CREATE TABLE IF NOT EXISTS apaas_tenants (
  app_id      VARCHAR(32)  NOT NULL,
  sdk_app_id  BIGINT       NOT NULL,
  secret_key  VARCHAR(128) NOT NULL,
  PRIMARY KEY (app_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
