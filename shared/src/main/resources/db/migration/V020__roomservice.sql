-- RoomService rooms (multi_room, double_room, live_room) live in the shared rooms table
-- (capacity = pusher seats, member_count = pushers); these tables hold what only they have,
-- and go with their room (ON DELETE CASCADE).
CREATE TABLE IF NOT EXISTS rs_rooms (
  room_pk            BIGINT        NOT NULL,
  room_info          VARCHAR(1024) NOT NULL,
  activated          TINYINT(1)    NOT NULL DEFAULT 0,
  mixed_stream       VARCHAR(200)  NULL,
  audience_capacity  INT           NOT NULL DEFAULT 0,
  audience_count     INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (room_pk),
  KEY ix_rs_rooms_activated (activated),
  CONSTRAINT fk_rs_rooms_room FOREIGN KEY (room_pk) REFERENCES rooms (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A pusher is a room member with role 'pusher'; its stream goes with its membership.
CREATE TABLE IF NOT EXISTS rs_pushers (
  room_pk      BIGINT       NOT NULL,
  user_id      VARCHAR(128) NOT NULL,
  user_name    VARCHAR(128) NOT NULL,
  user_avatar  VARCHAR(512) NOT NULL,
  stream_id    VARCHAR(200) NOT NULL,
  joined_at    BIGINT       NOT NULL,
  PRIMARY KEY (room_pk, user_id),
  CONSTRAINT fk_rs_pushers_member FOREIGN KEY (room_pk, user_id)
    REFERENCES room_members (room_pk, user_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Audiences are kept apart from members: an audience member may also join as a pusher (link-mic).
CREATE TABLE IF NOT EXISTS rs_audiences (
  room_pk    BIGINT        NOT NULL,
  user_id    VARCHAR(128)  NOT NULL,
  user_info  VARCHAR(1024) NOT NULL,
  joined_at  BIGINT        NOT NULL,
  PRIMARY KEY (room_pk, user_id),
  CONSTRAINT fk_rs_audiences_room FOREIGN KEY (room_pk) REFERENCES rooms (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS rs_custom_fields (
  room_pk  BIGINT      NOT NULL,
  name     VARCHAR(64) NOT NULL,
  value    BIGINT      NOT NULL,
  PRIMARY KEY (room_pk, name),
  CONSTRAINT fk_rs_custom_fields_room FOREIGN KEY (room_pk) REFERENCES rooms (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
