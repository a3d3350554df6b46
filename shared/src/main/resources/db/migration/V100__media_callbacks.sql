-- Tencent's callbacks in (issue 17, parts 1 and 2).

-- One row per TRTC callback body received (Tencent retries for a minute): the SHA-256 of the
-- raw body, so a retry is applied once. done = 0 while its effect is being applied; a
-- callback whose effect failed stays 0 and is applied again by Tencent's next retry.
CREATE TABLE IF NOT EXISTS media_callback_receipts (
  sdk_app_id   BIGINT       NOT NULL,
  body_sha256  BINARY(32)   NOT NULL,
  event_type   INT          NOT NULL,
  received_at  BIGINT       NOT NULL,
  done         TINYINT(1)   NOT NULL DEFAULT 0,
  PRIMARY KEY (sdk_app_id, body_sha256),
  KEY ix_media_callback_receipts_received (received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Per (app, TRTC room, user): the latest enter/exit by the event's own millisecond time, so
-- events that arrive out of order are decided by when they happened. admitted = 0 records a
-- user TRTC saw enter whom no family admitted to a room of that id.
CREATE TABLE IF NOT EXISTS media_member_states (
  sdk_app_id   BIGINT       NOT NULL,
  room_id      VARCHAR(64)  NOT NULL,
  user_id      VARCHAR(128) NOT NULL,
  state        VARCHAR(8)   NOT NULL,
  event_ms     BIGINT       NOT NULL,
  reason       INT          NOT NULL DEFAULT 0,
  role         INT          NOT NULL DEFAULT 0,
  admitted     TINYINT(1)   NOT NULL DEFAULT 0,
  PRIMARY KEY (sdk_app_id, room_id, user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Per IM user: the latest State.StateChange by its EventTime, so a late Logout does not end
-- the presence of a later Login.
CREATE TABLE IF NOT EXISTS im_user_states (
  user_id      VARCHAR(128) NOT NULL,
  action       VARCHAR(16)  NOT NULL,
  reason       VARCHAR(32)  NOT NULL DEFAULT '',
  event_ms     BIGINT       NOT NULL,
  PRIMARY KEY (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
