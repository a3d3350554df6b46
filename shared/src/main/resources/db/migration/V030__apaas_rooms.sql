-- aPaaS rooms (/base/v1/rooms/*) live in the shared rooms table with kind 'apaas'.
-- Their ids are unique per tenant, so a room's key gains a scope (the tenant; '' for the
-- other families and for the default tenant). room_id stays first so that lookups by
-- (kind, room_id) keep using the key.
ALTER TABLE rooms
  ADD COLUMN scope VARCHAR(32) NOT NULL DEFAULT '' AFTER kind,
  DROP INDEX uk_rooms_kind_room,
  ADD UNIQUE KEY uk_rooms_kind_room (kind, room_id, scope);

-- aPaaS roles are free strings of up to 32 characters (anchor, audience, guest, ...).
ALTER TABLE room_members MODIFY role VARCHAR(32) NOT NULL;

-- What only an aPaaS room has. status: reserved (an id from generate_roomid that its owner
-- has not entered yet), open, ended. teardown_pending: the IM group and the TRTC room of an
-- ended room are still to be torn down (the sweeper retries). abandoned_at: when a sweep
-- first saw the owner gone; the room ends a grace period later.
CREATE TABLE IF NOT EXISTS apaas_rooms (
  room_pk          BIGINT       NOT NULL,
  app_id           VARCHAR(32)  NOT NULL,
  status           VARCHAR(16)  NOT NULL,
  title            VARCHAR(64)  NOT NULL DEFAULT '',
  category         VARCHAR(32)  NOT NULL DEFAULT '',
  cover            VARCHAR(512) NOT NULL DEFAULT '',
  subject          VARCHAR(64)  NOT NULL DEFAULT '',
  description      VARCHAR(512) NOT NULL DEFAULT '',
  total_joined     BIGINT       NOT NULL DEFAULT 0,
  updated_by       VARCHAR(64)  NOT NULL,
  updated_at       BIGINT       NOT NULL,
  abandoned_at     BIGINT       NULL,
  teardown_pending TINYINT(1)   NOT NULL DEFAULT 0,
  PRIMARY KEY (room_pk),
  KEY ix_apaas_rooms_status (status, app_id),
  KEY ix_apaas_rooms_joined (app_id, total_joined, room_pk),
  KEY ix_apaas_rooms_teardown (teardown_pending),
  CONSTRAINT fk_apaas_rooms_room FOREIGN KEY (room_pk) REFERENCES rooms (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Members the owner removed with kick_user, barred from entering again until `until`.
CREATE TABLE IF NOT EXISTS apaas_room_bans (
  room_pk  BIGINT      NOT NULL,
  user_id  VARCHAR(64) NOT NULL,
  until    BIGINT      NOT NULL,
  PRIMARY KEY (room_pk, user_id),
  KEY ix_apaas_room_bans_until (until),
  CONSTRAINT fk_apaas_room_bans_room FOREIGN KEY (room_pk) REFERENCES rooms (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Generated room ids: numbers from 1046027 up, as the original service issued them. A
-- number a client already chose as its own room id is skipped, so the two never collide.
CREATE TABLE IF NOT EXISTS apaas_room_ids (
  id          BIGINT NOT NULL AUTO_INCREMENT,
  created_at  BIGINT NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB AUTO_INCREMENT=1046027 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
