-- One room model for every family; `kind` says whose rules apply (webrtc, live, ...).
-- Times are epoch milliseconds from the application's clock, so expiry is testable.
-- A room of a family whose ended rooms stay ended keeps its row with `ended_at` set
-- (and no members), so its id is never brought back by a later enter.
CREATE TABLE IF NOT EXISTS rooms (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  kind          VARCHAR(16)  NOT NULL,
  room_id       VARCHAR(64)  NOT NULL,
  name          VARCHAR(128) NOT NULL,
  creator       VARCHAR(128) NOT NULL,
  capacity      INT          NOT NULL,
  member_count  INT          NOT NULL DEFAULT 0,
  created_at    BIGINT       NOT NULL,
  ended_at      BIGINT       NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_rooms_kind_room (kind, room_id),
  KEY ix_rooms_kind_live_created (kind, ended_at, created_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS room_members (
  room_pk       BIGINT       NOT NULL,
  user_id       VARCHAR(128) NOT NULL,
  role          VARCHAR(16)  NOT NULL,
  joined_at     BIGINT       NOT NULL,
  PRIMARY KEY (room_pk, user_id),
  KEY ix_room_members_user (user_id),
  CONSTRAINT fk_room_members_room FOREIGN KEY (room_pk) REFERENCES rooms (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
