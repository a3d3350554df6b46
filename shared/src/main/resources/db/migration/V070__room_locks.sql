-- One row per room id that a transaction has locked, never deleted (issue 13). A change to a
-- room locks this row first, by its whole primary key: one record lock and no gap, however
-- often the room's own row is deleted and created again. Locking the room row by only part
-- of uk_rooms_kind_room instead took gap locks next to the deleted rows, and clients
-- entering and quitting the same rooms deadlocked. Rows are created on first use, so the
-- table starts empty, also on a database that already has rooms.
CREATE TABLE IF NOT EXISTS room_locks (
  kind     VARCHAR(16) NOT NULL,
  scope    VARCHAR(32) NOT NULL,
  room_id  VARCHAR(64) NOT NULL,
  PRIMARY KEY (kind, scope, room_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
