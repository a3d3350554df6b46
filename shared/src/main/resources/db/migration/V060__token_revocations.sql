-- Token revocation that survives Redis losing its data (Redis keeps the fast copy).
-- Every token and UserSig of user_id issued at or before valid_after (epoch seconds) is dead:
-- set when the account is deleted.
CREATE TABLE IF NOT EXISTS token_cutoffs (
  user_id      VARCHAR(128) NOT NULL,
  valid_after  BIGINT       NOT NULL,
  PRIMARY KEY (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row per token revoked before it expired (logout); rows go once the token would have.
CREATE TABLE IF NOT EXISTS revoked_tokens (
  token_id    VARCHAR(64)  NOT NULL,
  user_id     VARCHAR(128) NOT NULL,
  expires_at  BIGINT       NOT NULL,
  PRIMARY KEY (token_id),
  KEY ix_revoked_tokens_user (user_id, expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
