-- What this service meant to do with an IM group, written before the IM call and removed once
-- the outcome is safe: a 'create' row lives from just before create_group until the room row
-- holds the group; a 'destroy' row from just before destroy_group until IM confirmed it. A row
-- left over (the instance died, IM kept failing) is finished by the family's sweeper once
-- next_attempt_at (epoch ms) has passed: a group with no live room is destroyed, a group that
-- has one is left to that room. claim_token changes on every write, so a finished call only
-- removes the row it wrote or claimed. Touches no existing table.
CREATE TABLE IF NOT EXISTS im_group_intents (
  family           VARCHAR(16)  NOT NULL,
  group_id         VARCHAR(64)  NOT NULL,
  intent           VARCHAR(8)   NOT NULL,
  attempts         INT          NOT NULL DEFAULT 0,
  next_attempt_at  BIGINT       NOT NULL,
  claim_token      BIGINT       NOT NULL,
  created_at       BIGINT       NOT NULL,
  PRIMARY KEY (family, group_id),
  KEY ix_im_group_intents_due (family, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
