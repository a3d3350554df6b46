-- Webhooks out (issue 17). Every room change is journalled here in the same transaction as the
-- change itself, so a crash between commit and delivery loses nothing. A room is named by its
-- sid, its internal id (rooms.id): a room id used again is a new room with a new sid, and its
-- sequence starts over at 1. Times are epoch milliseconds.

-- The last sequence number given out per room. The journal's upsert locks the room's row until
-- its transaction commits, so numbers follow commit order.
CREATE TABLE IF NOT EXISTS webhook_sequences (
  room_sid     BIGINT       NOT NULL,
  last_seq     BIGINT       NOT NULL,
  PRIMARY KEY (room_sid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The lease a sender holds while it delivers a room's events (one sender per room at a time, so a
-- room's events leave in order). A table of its own: a sender's lease and release never wait on
-- the row a room change holds locked until it commits.
CREATE TABLE IF NOT EXISTS webhook_leases (
  room_sid     BIGINT       NOT NULL,
  lease_owner  VARCHAR(64)  NULL,
  lease_until  BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (room_sid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One row per event. state: 0 pending, 1 delivered, 2 given up (after the retry limits),
-- 3 dropped (the tenant has no endpoint). body is the JSON sent, byte for byte.
CREATE TABLE IF NOT EXISTS webhook_outbox (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  event_id         VARCHAR(40)  NOT NULL,
  tenant           VARCHAR(32)  NOT NULL,
  room_sid         BIGINT       NOT NULL,
  seq              BIGINT       NOT NULL,
  event_type       VARCHAR(32)  NOT NULL,
  body             MEDIUMTEXT   NOT NULL,
  created_at       BIGINT       NOT NULL,
  state            TINYINT      NOT NULL DEFAULT 0,
  attempts         INT          NOT NULL DEFAULT 0,
  next_attempt_at  BIGINT       NOT NULL,
  finished_at      BIGINT       NULL,
  last_error       VARCHAR(200) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_webhook_outbox_event (event_id),
  UNIQUE KEY uk_webhook_outbox_room_seq (room_sid, seq),
  KEY ix_webhook_outbox_due (state, next_attempt_at, room_sid),
  -- a room's next pending event without walking the finished ones kept for the retention time
  KEY ix_webhook_outbox_room_pending (room_sid, state, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Each aPaaS tenant's own receiver: its URL and its signing key, sealed with APAAS_SALT_KEY like
-- apaas_tenants.secret_key. The deployment's own tenant ('') takes WEBHOOK_URL and
-- WEBHOOK_SIGNING_KEY from the settings.
CREATE TABLE IF NOT EXISTS webhook_endpoints (
  tenant       VARCHAR(32)    NOT NULL,
  url          VARCHAR(512)   NOT NULL,
  sealed_key   VARBINARY(600) NOT NULL,
  updated_at   BIGINT         NOT NULL,
  PRIMARY KEY (tenant)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
